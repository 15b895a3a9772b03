import { describe, expect, it } from 'vitest';
import { readTsconfig } from '../../../src/project/tsconfig.js';
import { tempProject } from './temp-project.js';

describe('readTsconfig', () => {
  it('reads a tsconfig with comments and trailing commas', () => {
    const dir = tempProject({
      'tsconfig.json':
        '{\n  // the service\n  "compilerOptions": { "strict": true, /* emit */ "outDir": "build", },\n}\n',
    });

    expect(readTsconfig(dir)).toMatchObject({ strict: true, outDir: 'build' });
  });

  it('is undefined without tsconfig.json', () => {
    expect(readTsconfig(tempProject({ 'package.json': {} }))).toBeUndefined();
  });

  it('takes options from the configs it extends, the nearest one winning, and names the file of each', () => {
    const dir = tempProject({
      'tsconfig.base.json': { compilerOptions: { strict: true, module: 'NodeNext', rootDir: 'src' } },
      'configs/node.json': { extends: '../tsconfig.base.json', compilerOptions: { moduleResolution: 'NodeNext' } },
      'tsconfig.json': { extends: './configs/node', compilerOptions: { module: 'ESNext' } },
    });
    const tsconfig = readTsconfig(dir);

    expect(tsconfig).toMatchObject({
      extends: ['configs/node.json', 'tsconfig.base.json'],
      strict: true,
      module: 'ESNext',
      moduleResolution: 'NodeNext',
      rootDir: 'src',
    });
    expect(tsconfig?.evidence).toContainEqual({ file: 'tsconfig.base.json', note: '"strict": true' });
  });

  it('lets a later entry of an extends list override an earlier one', () => {
    const dir = tempProject({
      'a.json': { compilerOptions: { strict: false } },
      'b.json': { compilerOptions: { strict: true } },
      'tsconfig.json': { extends: ['./a.json', './b.json'] },
    });

    expect(readTsconfig(dir)?.strict).toBe(true);
  });

  it('lists a package it extends that is not installed instead of guessing its options', () => {
    const dir = tempProject({ 'tsconfig.json': { extends: '@tsconfig/node20/tsconfig.json' } });

    expect(readTsconfig(dir)).toMatchObject({ unreadExtends: ['@tsconfig/node20/tsconfig.json'], strict: false });
  });

  it('reads an installed package it extends', () => {
    const dir = tempProject({
      'node_modules/@tsconfig/strictest/tsconfig.json': { compilerOptions: { strict: true } },
      'node_modules/@tsconfig/strictest/package.json': { name: '@tsconfig/strictest' },
      'tsconfig.json': { extends: '@tsconfig/strictest/tsconfig.json' },
    });

    expect(readTsconfig(dir)).toMatchObject({ strict: true, unreadExtends: [] });
  });

  it('resolves paths aliases against baseUrl, relative to the project', () => {
    const dir = tempProject({
      'tsconfig.json': { compilerOptions: { baseUrl: './src', paths: { '@domain/*': ['domain/*'], '~/*': ['./*'] } } },
    });

    expect(readTsconfig(dir)?.paths).toEqual([
      { pattern: '@domain/*', targets: ['src/domain/*'] },
      { pattern: '~/*', targets: ['src/*'] },
    ]);
  });

  it('resolves paths aliases without baseUrl against the config that declares them', () => {
    const dir = tempProject({
      'packages/api/tsconfig.json': { extends: '../../tsconfig.paths.json' },
      'tsconfig.paths.json': { compilerOptions: { paths: { '@api/*': ['packages/api/src/*'] } } },
    });

    expect(readTsconfig(`${dir}/packages/api`)?.paths).toEqual([{ pattern: '@api/*', targets: ['src/*'] }]);
  });

  it('reads the referenced config that compiles src when tsconfig.json is a solution', () => {
    const dir = tempProject({
      'tsconfig.json': { files: [], references: [{ path: './tsconfig.node.json' }, { path: './tsconfig.app.json' }] },
      'tsconfig.node.json': { compilerOptions: { strict: false }, include: ['vite.config.ts'] },
      'tsconfig.app.json': { compilerOptions: { strict: true, moduleResolution: 'bundler' }, include: ['src'] },
    });

    expect(readTsconfig(dir)).toMatchObject({ file: 'tsconfig.app.json', strict: true, moduleResolution: 'bundler' });
  });
});
