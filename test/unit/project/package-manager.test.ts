import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../../src/project/package-json.js';
import { detectPackageManager } from '../../../src/project/package-manager.js';
import { tempProject } from './temp-project.js';

function managerOf(files: Record<string, string | object>) {
  const dir = tempProject(files);
  const { name, version } = detectPackageManager(dir, readPackageJson(dir));
  return { name, version };
}

describe('detectPackageManager', () => {
  it.each([
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['bun.lockb', 'bun'],
    ['bun.lock', 'bun'],
    ['package-lock.json', 'npm'],
  ])('reads %s as %s', (lockfile, name) => {
    expect(managerOf({ 'package.json': {}, [lockfile]: '' })).toEqual({ name, version: undefined });
  });

  it('prefers the packageManager field to a lockfile, without its hash', () => {
    expect(
      managerOf({ 'package.json': { packageManager: 'pnpm@9.12.0+sha512.abc' }, 'package-lock.json': '{}' }),
    ).toEqual({ name: 'pnpm', version: '9.12.0' });
  });

  it('falls back to npm when there is neither', () => {
    expect(managerOf({ 'package.json': {} })).toEqual({ name: 'npm', version: undefined });
  });

  it('finds the lockfile of the monorepo root for a package', () => {
    const dir = tempProject({ 'packages/api/package.json': {}, 'pnpm-lock.yaml': '' });

    expect(detectPackageManager(`${dir}/packages/api`, readPackageJson(`${dir}/packages/api`), '../..')).toMatchObject({
      name: 'pnpm',
      evidence: [{ file: '../../pnpm-lock.yaml', note: 'lockfile' }],
    });
  });
});
