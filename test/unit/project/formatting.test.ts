import { describe, expect, it } from 'vitest';
import { detectEslint } from '../../../src/project/eslint-config.js';
import { isGeneratedByUs } from '../../../src/project/generated-by-us.js';
import { readPackageJson } from '../../../src/project/package-json.js';
import { detectPrettier } from '../../../src/project/prettier-config.js';
import { tempProject } from './temp-project.js';

describe('detectPrettier', () => {
  it('reads the options a prettier config sets, overrides for TypeScript included', async () => {
    const dir = tempProject({
      '.prettierrc.json': { useTabs: true, overrides: [{ files: '*.ts', options: { semi: false } }] },
      'src/a.ts': '',
    });

    expect((await detectPrettier(dir, 'src')).prettier).toEqual({
      file: '.prettierrc.json',
      options: { useTabs: true, semi: false },
    });
  });

  it('reads prettier.config.mjs', async () => {
    const dir = tempProject({ 'prettier.config.mjs': 'export default { tabWidth: 3 };\n', 'src/a.ts': '' });

    expect((await detectPrettier(dir, 'src')).prettier).toEqual({
      file: 'prettier.config.mjs',
      options: { tabWidth: 3 },
    });
  });

  it('refuses a prettier config prettier itself cannot read, naming the file', async () => {
    const dir = tempProject({ '.prettierrc.json': '{ "semi": ', 'src/a.ts': '' });

    await expect(detectPrettier(dir, 'src')).rejects.toThrow(
      `${dir}/.prettierrc.json: prettier cannot read this config`,
    );
  });
});

describe('detectEslint', () => {
  it.each([
    [{ 'eslint.config.mjs': 'export default [];\n' }, { file: 'eslint.config.mjs', style: 'flat' }],
    [{ '.eslintrc.cjs': 'module.exports = {};\n' }, { file: '.eslintrc.cjs', style: 'legacy' }],
    [{ 'package.json': { eslintConfig: { root: true } } }, { file: 'package.json', style: 'legacy' }],
    [{}, undefined],
  ])('finds %o as %o', (files, eslint) => {
    const dir = tempProject({ 'package.json': {}, ...files });

    expect(detectEslint(dir, readPackageJson(dir)).eslint).toEqual(eslint);
  });
});

describe('isGeneratedByUs', () => {
  it('recognises our key in .yo-rc.json', () => {
    expect(isGeneratedByUs(tempProject({ '.yo-rc.json': { 'create-agent-backend': { db: 'sqlite' } } }))).toBe(true);
  });

  it('recognises a damaged .yo-rc.json of ours, so its error is reported rather than bypassed', () => {
    expect(isGeneratedByUs(tempProject({ '.yo-rc.json': '{ "create-agent-backend": { "db": ' }))).toBe(true);
  });

  it('does not claim another generator’s .yo-rc.json', () => {
    expect(isGeneratedByUs(tempProject({ '.yo-rc.json': { 'generator-jhipster': {} } }))).toBe(false);
  });
});
