/**
 * The tsconfig a project compiles with: `tsconfig.json` and the configs it extends (relative
 * files, and packages when installed), merged the way tsc merges them, each option remembering
 * the file that set it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Evidence, PathAlias, TsconfigProfile } from './profile.js';
import { isRecord, readJsonc } from './read-jsonc.js';
import { relativePath } from './relative-path.js';

/** A config file in the chain, its compiler options and its `include`. */
interface ConfigLayer {
  file: string;
  compilerOptions: Record<string, unknown>;
  include?: string[];
}

const MAX_DEPTH = 5;

export function readTsconfig(dir: string): TsconfigProfile | undefined {
  const top = path.join(dir, 'tsconfig.json');
  if (!existsSync(top)) return undefined;
  const file = referencedSourceConfig(top) ?? top;
  const unread: string[] = [];
  const layers = readChain(file, unread, 0);
  const setBy = (option: string) => layers.find((layer) => layer.compilerOptions[option] !== undefined);
  const evidence: Evidence[] = [];
  const option = (name: string): { value: unknown; file: string } | undefined => {
    const layer = setBy(name);
    if (!layer) return undefined;
    const value = layer.compilerOptions[name];
    evidence.push({ file: relativePath(dir, layer.file), note: `"${name}": ${JSON.stringify(value)}` });
    return { value, file: layer.file };
  };
  const folder = (name: string): string | undefined => {
    const found = option(name);
    return typeof found?.value === 'string'
      ? relativePath(dir, path.resolve(path.dirname(found.file), found.value))
      : undefined;
  };
  const text = (name: string): string | undefined => {
    const value = option(name)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const baseUrl = folder('baseUrl');
  return {
    file: relativePath(dir, file),
    extends: layers.slice(1).map((layer) => relativePath(dir, layer.file)),
    unreadExtends: unread,
    ...definedEntries({ rootDir: folder('rootDir'), outDir: folder('outDir'), baseUrl }),
    paths: pathAliases(dir, option('paths'), baseUrl),
    strict: option('strict')?.value === true,
    ...definedEntries({ module: text('module'), moduleResolution: text('moduleResolution') }),
    include: layers.find((layer) => layer.include)?.include ?? [],
    evidence,
  };
}

/**
 * A solution-style tsconfig (`"files": []` and `references`, as Vite writes them) compiles
 * nothing itself: the config used for the code is the referenced one that includes `src`.
 */
function referencedSourceConfig(file: string): string | undefined {
  const config = readJsonc(file);
  if (!isRecord(config) || !Array.isArray(config.references) || !isEmptyList(config.files)) return undefined;
  const referenced = config.references
    .map((reference) => (isRecord(reference) && typeof reference.path === 'string' ? reference.path : undefined))
    .filter((reference) => reference !== undefined)
    .map((reference) => path.resolve(path.dirname(file), reference))
    .map((reference) => (reference.endsWith('.json') ? reference : path.join(reference, 'tsconfig.json')))
    .filter((reference) => existsSync(reference));
  const includesSrc = (reference: string) => {
    const include = (readJsonc(reference) as { include?: unknown } | undefined)?.include;
    return Array.isArray(include) && include.some((entry) => typeof entry === 'string' && /^(\.\/)?src\b/.test(entry));
  };
  return referenced.find(includesSrc) ?? referenced[0];
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/** The file and what it extends, nearest first (a later `extends` entry overrides an earlier one). */
function readChain(file: string, unread: string[], depth: number): ConfigLayer[] {
  const config = readJsonc(file);
  if (!isRecord(config)) return [];
  const layer: ConfigLayer = {
    file,
    compilerOptions: isRecord(config.compilerOptions) ? config.compilerOptions : {},
    ...(Array.isArray(config.include) ? { include: config.include.filter((item) => typeof item === 'string') } : {}),
  };
  if (depth >= MAX_DEPTH) return [layer];
  const bases = [config.extends]
    .flat()
    .filter((item): item is string => typeof item === 'string')
    .reverse();
  const inherited = bases.flatMap((base) => {
    const baseFile = resolveExtends(file, base);
    if (baseFile) return readChain(baseFile, unread, depth + 1);
    unread.push(base);
    return [];
  });
  return [layer, ...inherited];
}

function resolveExtends(from: string, base: string): string | undefined {
  if (base.startsWith('.') || path.isAbsolute(base)) {
    const file = path.resolve(path.dirname(from), base);
    return [file, `${file}.json`].find((candidate) => existsSync(candidate));
  }
  const require = createRequire(from);
  for (const request of [base, `${base}/tsconfig.json`]) {
    try {
      return require.resolve(request);
    } catch {
      // not installed, or not this form
    }
  }
  return undefined;
}

/** `paths` targets are relative to `baseUrl`, or to the config that declares them when there is none. */
function pathAliases(
  dir: string,
  paths: { value: unknown; file: string } | undefined,
  baseUrl: string | undefined,
): PathAlias[] {
  if (!paths || !isRecord(paths.value)) return [];
  const base = baseUrl === undefined ? path.dirname(paths.file) : path.resolve(dir, baseUrl);
  return Object.entries(paths.value).map(([pattern, targets]) => ({
    pattern,
    targets: (Array.isArray(targets) ? targets : [])
      .filter((target): target is string => typeof target === 'string')
      .map((target) => relativePath(dir, path.resolve(base, target))),
  }));
}

function definedEntries<T extends Record<string, string | undefined>>(entries: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}
