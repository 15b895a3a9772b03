/** Reads a backend-developer agent spec: front matter (YAML, TOML or neither) and Markdown body. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { parseFrontMatter, type ParsedFrontMatter } from './parse-front-matter.js';
import { splitFrontMatter } from './split-front-matter.js';
import type { AgentSpec } from './types.js';

export type { AgentSpec } from './types.js';

const NAME_KEYS = ['name', 'agent', 'title'];
const TOOL_KEYS = ['tools', 'allowed-tools', 'allowed_tools'];
const FIX = 'pass --spec with a Markdown agent spec';

export async function readSpec(file: string): Promise<AgentSpec> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new InputError(`spec file not found; ${FIX}`, file);
  if (!info.isFile()) throw new InputError(`not a file; ${FIX}`, file);
  return parseSpec(decodeUtf8(await readFile(file), file), file);
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new InputError(`binary file (it contains NUL bytes), not a spec; ${FIX}`, file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`not UTF-8 text; save the spec as UTF-8 or ${FIX}`, file);
  }
}

/** Parses spec text; `file` is used in warnings and errors. */
export function parseSpec(text: string, file: string): AgentSpec {
  if (text.includes('\0')) throw new InputError(`binary file (it contains NUL bytes), not a spec; ${FIX}`, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.every((line) => line.trim() === '')) throw new InputError(`spec file is empty; ${FIX}`, file);

  const split = splitFrontMatter(lines);
  const warnings = split.notes.map((note) => `${file}:${note.line}: ${note.text}`);
  const parsed: ParsedFrontMatter = split.block
    ? parseFrontMatter(lines, split.block, file)
    : { format: 'none', data: {}, keys: [], warnings: [] };
  const bodyStart = split.block ? split.block.close + 1 : 0;
  const data = parsed.data;

  return {
    file,
    format: parsed.format,
    frontMatter: data,
    frontMatterKeys: parsed.keys,
    name: firstText(data, NAME_KEYS),
    description: firstText(data, ['description']),
    tools: toolList(TOOL_KEYS.map((key) => data[key]).find((value) => value !== undefined)),
    body: lines.slice(bodyStart).join('\n'),
    bodyStartLine: bodyStart + 1,
    lines,
    warnings: [...warnings, ...parsed.warnings],
  };
}

function firstText(data: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function toolList(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return items.map((item) => item.trim()).filter(Boolean);
}
