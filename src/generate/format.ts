/**
 * Formats generated files with prettier's standalone build and only the plugins the
 * generated files need (faster to load than `prettier`). The options are the generated
 * project's `.prettierrc.json`, so `prettier --check .` passes there.
 *
 * Our own TypeScript is parsed with `babel-ts`, ~20 % faster than the `typescript` parser the
 * generated project's `prettier --check` uses, with the same output on every file we generate
 * (test/generators/format-parsers.test.ts compares them). A foreign repository's files, which can
 * hold anything, get the `typescript` parser (docs/decisions/speed-generation.md).
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

interface Formatter {
  format: (text: string, options: object) => Promise<string>;
  plugins: Plugin[];
}

const asPlugin = (p: Plugin | { default: Plugin }): Plugin => ('default' in p ? p.default : p);

let loaded: Promise<Formatter> | undefined;
let withTypeScript: Promise<Formatter> | undefined;

function load(): Promise<Formatter> {
  loaded ??= Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/babel'),
    import('prettier/plugins/markdown'),
    import('prettier/plugins/yaml'),
  ]).then(([standalone, ...plugins]) => ({ format: standalone.format, plugins: plugins.map(asPlugin) }));
  return loaded;
}

/** With the `typescript` parser too, loaded only when a foreign repository's file needs it. */
function loadWithTypeScript(): Promise<Formatter> {
  withTypeScript ??= Promise.all([load(), import('prettier/plugins/typescript')]).then(([base, typescript]) => ({
    format: base.format,
    plugins: [asPlugin(typescript), ...base.plugins],
  }));
  return withTypeScript;
}

/** The parser prettier would infer for a path, or undefined for files it does not format. */
export function parserFor(path: string): string | undefined {
  const name = path.split('/').pop() ?? path;
  if (name === 'package.json' || name.endsWith('.json')) return name === 'package.json' ? 'json-stringify' : 'json';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  return parsers[ext];
}

/** A file we generate, with the generated project's options; TypeScript is parsed by `babel-ts`. */
export function formatFile(path: string, content: string): Promise<string> {
  const parser = parserFor(path);
  return formatWith(path, content, parser === 'typescript' ? 'babel-ts' : parser, PRETTIER_OPTIONS);
}

/** Our TypeScript (`babel-ts`) with the generated project's options but another print width. */
export function formatTypeScriptAt(path: string, content: string, printWidth: number): Promise<string> {
  return formatWith(path, content, 'babel-ts', { ...PRETTIER_OPTIONS, printWidth });
}

/**
 * As prettier itself formats the file, with the parser it infers (so as `prettier --check` sees
 * it): a foreign repository's files, with its options, and the tests' checks of our output.
 */
export function formatAsPrettier(path: string, content: string, options: object = PRETTIER_OPTIONS): Promise<string> {
  return formatWith(path, content, parserFor(path), options);
}

async function formatWith(path: string, content: string, parser: string | undefined, options: object): Promise<string> {
  if (parser === undefined) return content;
  const { format, plugins } = await (parser === 'typescript' ? loadWithTypeScript() : load());
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
