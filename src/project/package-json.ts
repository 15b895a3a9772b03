/** The parts of package.json the inspection reads. */
import path from 'node:path';
import { isRecord, readJsonc } from './read-jsonc.js';

export interface PackageJson {
  name?: string;
  type?: string;
  packageManager?: string;
  workspaces: string[];
  scripts: Record<string, string>;
  /** dependencies, devDependencies and peerDependencies, name → range */
  dependencies: Record<string, string>;
  /** the raw object, for tool keys like `prettier`, `eslintConfig`, `jest` */
  raw: Record<string, unknown>;
}

const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'peerDependencies'] as const;

export function readPackageJson(dir: string): PackageJson | undefined {
  const raw = readJsonc(path.join(dir, 'package.json'));
  if (!isRecord(raw)) return undefined;
  const dependencies: Record<string, string> = {};
  for (const key of DEPENDENCY_KEYS) Object.assign(dependencies, stringRecord(raw[key]));
  return {
    ...(typeof raw.name === 'string' ? { name: raw.name } : {}),
    ...(typeof raw.type === 'string' ? { type: raw.type } : {}),
    ...(typeof raw.packageManager === 'string' ? { packageManager: raw.packageManager } : {}),
    workspaces: workspaceGlobs(raw.workspaces),
    scripts: stringRecord(raw.scripts),
    dependencies,
    raw,
  };
}

/** The first of `names` that package.json depends on. */
export function firstDependency(pkg: PackageJson | undefined, names: readonly string[]): string | undefined {
  return names.find((name) => pkg?.dependencies[name] !== undefined);
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** `"workspaces": [...]` or yarn's `"workspaces": { "packages": [...] }`. */
function workspaceGlobs(value: unknown): string[] {
  const list = isRecord(value) ? value.packages : value;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}
