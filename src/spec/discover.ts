/** Which agent spec to read when the user did or did not pass `--spec` (DESIGN §2). */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';

export type SpecSource = 'flag' | 'cwd' | 'claude' | 'agents' | 'bundled';

export interface DiscoveredSpec {
  file: string;
  source: SpecSource;
}

const SPEC_NAME = 'backend-developer.md';

/** Looked for in this order, relative to the working directory. */
const CANDIDATES: readonly { source: SpecSource; relative: string }[] = [
  { source: 'cwd', relative: SPEC_NAME },
  { source: 'claude', relative: path.join('.claude', 'agents', SPEC_NAME) },
  { source: 'agents', relative: path.join('agents', SPEC_NAME) },
];

/**
 * With `flag` (the `--spec` value), that file, which must exist; without it, the first of
 * `./backend-developer.md`, `.claude/agents/…`, `agents/…`, else the spec shipped in the package.
 */
export function discoverSpec(cwd: string, packageRoot: string, flag?: string): DiscoveredSpec {
  if (flag !== undefined) return specFromFlag(cwd, flag);
  for (const { source, relative } of CANDIDATES) {
    const file = path.resolve(cwd, relative);
    if (isFile(file)) return { file, source };
  }
  return { file: path.join(packageRoot, 'specs', SPEC_NAME), source: 'bundled' };
}

function specFromFlag(cwd: string, flag: string): DiscoveredSpec {
  const file = path.resolve(cwd, flag);
  if (!existsSync(file)) throw new InputError('spec file not found; check the --spec path', file);
  return { file, source: 'flag' };
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
