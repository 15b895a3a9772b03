/**
 * Formats generated files with prettier's standalone build and only the plugins the
 * generated files need (faster to load than `prettier`). The options are the generated
 * project's `.prettierrc.json`, so `prettier --check .` passes there.
 */
import type { Plugin } from 'prettier';

/** The prettier the generated project pins (the version that formatted its files). */
export const PRETTIER_VERSION = '3.10.1';

/** Same as templates/app/.prettierrc.json. */
export const PRETTIER_OPTIONS = {
  singleQuote: true,
  printWidth: 100,
  trailingComma: 'all',
} as const;

const parsers: Record<string, string> = {
  ts: 'typescript',
  js: 'babel',
  mjs: 'babel',
  json: 'json',
  md: 'markdown',
  yml: 'yaml',
  yaml: 'yaml',
};

let loaded:
  | Promise<{
      format: (text: string, options: object) => Promise<string>;
      plugins: Plugin[];
    }>
  | undefined;

function load() {
  loaded ??= Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/typescript'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/babel'),
    import('prettier/plugins/markdown'),
    import('prettier/plugins/yaml'),
  ]).then(([standalone, ...plugins]) => ({
    format: standalone.format,
    plugins: plugins.map((p) => ('default' in p ? p.default : p) as Plugin),
  }));
  return loaded;
}

/** The parser prettier would infer for a path, or undefined for files it does not format. */
export function parserFor(path: string): string | undefined {
  const name = path.split('/').pop() ?? path;
  if (name === 'package.json' || name.endsWith('.json')) return name === 'package.json' ? 'json-stringify' : 'json';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  return parsers[ext];
}

/** Formats with the generated project's options, or with `options` (a foreign repository's). */
export async function formatFile(path: string, content: string, options: object = PRETTIER_OPTIONS): Promise<string> {
  const parser = parserFor(path);
  if (parser === undefined) return content;
  const { format, plugins } = await load();
  try {
    return await format(content, {
      ...options,
      parser,
      plugins,
      filepath: path,
    });
  } catch (error) {
    throw new Error(`cannot format generated ${path}: ${(error as Error).message}`, { cause: error });
  }
}
