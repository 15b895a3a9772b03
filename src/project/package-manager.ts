/**
 * The package manager: the `packageManager` field when there is one, else the lockfile, looked
 * for in the project and then in its monorepo root; npm when there is neither.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PackageJson } from './package-json.js';
import { readPackageJson } from './package-json.js';
import type { PackageManager, PackageManagerProfile } from './profile.js';

const LOCKFILES: readonly { file: string; name: PackageManager }[] = [
  { file: 'pnpm-lock.yaml', name: 'pnpm' },
  { file: 'yarn.lock', name: 'yarn' },
  { file: 'bun.lock', name: 'bun' },
  { file: 'bun.lockb', name: 'bun' },
  { file: 'package-lock.json', name: 'npm' },
  { file: 'npm-shrinkwrap.json', name: 'npm' },
];
const NAMES: readonly PackageManager[] = ['npm', 'pnpm', 'yarn', 'bun'];

/** `workspaceRoot`: the monorepo root relative to `dir`, when the project is one of its packages. */
export function detectPackageManager(
  dir: string,
  pkg: PackageJson | undefined,
  workspaceRoot?: string,
): PackageManagerProfile {
  const folders = workspaceRoot === undefined ? ['.'] : ['.', workspaceRoot];
  for (const folder of folders) {
    const field = (folder === '.' ? pkg : readPackageJson(path.join(dir, folder)))?.packageManager;
    const [name, version] = field?.split('@') ?? [];
    const known = NAMES.find((candidate) => candidate === name);
    if (known) {
      const file = folder === '.' ? 'package.json' : `${folder}/package.json`;
      return {
        name: known,
        ...(version ? { version: version.split('+')[0] } : {}),
        evidence: [{ file, note: `"packageManager": "${field}"` }],
      };
    }
    const lockfile = LOCKFILES.find((candidate) => existsSync(path.join(dir, folder, candidate.file)));
    if (lockfile) {
      const file = folder === '.' ? lockfile.file : `${folder}/${lockfile.file}`;
      return { name: lockfile.name, evidence: [{ file, note: 'lockfile' }] };
    }
  }
  return { name: 'npm', evidence: [{ file: 'package.json', note: 'no lockfile and no "packageManager" field: npm' }] };
}
