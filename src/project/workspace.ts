/**
 * Monorepos: whether this folder is a workspace root (package.json `workspaces`,
 * pnpm-workspace.yaml) and, for a package, the root it belongs to.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readPackageJson } from './package-json.js';
import type { Evidence, WorkspaceProfile } from './profile.js';
import { isRecord } from './read-jsonc.js';
import { relativePath } from './relative-path.js';
import { escapeRegExp } from '../escape-regexp.js';

const MAX_LEVELS_UP = 8;

export function detectWorkspace(dir: string): WorkspaceProfile {
  const own = workspaceGlobs(dir);
  if (own) return { isRoot: true, packages: expandGlobs(dir, own.globs), evidence: [own.evidence] };
  let parent = path.dirname(dir);
  for (
    let level = 0;
    level < MAX_LEVELS_UP && parent !== path.dirname(parent);
    level += 1, parent = path.dirname(parent)
  ) {
    const declared = workspaceGlobs(parent);
    if (!declared) continue;
    const root = relativePath(dir, parent);
    if (!expandGlobs(parent, declared.globs).includes(relativePath(parent, dir))) break;
    return {
      isRoot: false,
      root,
      packages: [],
      evidence: [{ ...declared.evidence, file: `${root}/${declared.evidence.file}` }],
    };
  }
  return { isRoot: false, packages: [], evidence: [] };
}

function workspaceGlobs(dir: string): { globs: string[]; evidence: Evidence } | undefined {
  const pnpmFile = path.join(dir, 'pnpm-workspace.yaml');
  if (existsSync(pnpmFile)) {
    const config = readYaml(pnpmFile);
    const globs =
      isRecord(config) && Array.isArray(config.packages)
        ? config.packages.filter((item) => typeof item === 'string')
        : [];
    return { globs, evidence: { file: 'pnpm-workspace.yaml', note: `packages: ${globs.join(', ')}` } };
  }
  const globs = readPackageJson(dir)?.workspaces ?? [];
  if (globs.length === 0) return undefined;
  return { globs, evidence: { file: 'package.json', note: `"workspaces": ${globs.join(', ')}` } };
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // a broken pnpm-workspace.yaml still marks a monorepo root
  }
}

/** `packages/*`, `apps/api`: the folders that match and hold a package.json. `**` counts as one level. */
function expandGlobs(root: string, globs: readonly string[]): string[] {
  const matches = globs
    .filter((glob) => !glob.startsWith('!'))
    .flatMap((glob) =>
      glob
        .replace(/\/$/, '')
        .split('/')
        .reduce<string[]>(
          (folders, segment) => folders.flatMap((folder) => matchSegment(root, folder, segment)),
          ['.'],
        ),
    );
  return [...new Set(matches)].filter((folder) => existsSync(path.join(root, folder, 'package.json'))).sort();
}

function matchSegment(root: string, folder: string, segment: string): string[] {
  const join = (name: string) => (folder === '.' ? name : `${folder}/${name}`);
  if (!segment.includes('*')) return [join(segment)];
  const absolute = path.join(root, folder);
  if (!existsSync(absolute)) return [];
  const pattern = new RegExp(`^${segment.split('*').map(escapeRegExp).join('.*')}$`);
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && pattern.test(entry.name))
    .map((entry) => join(entry.name));
}
