/** Parses a front-matter block as YAML or TOML, falling back to line-by-line reading with a warning. */
import { parse as parseToml } from 'smol-toml';
import { LineCounter, parseDocument, visit } from 'yaml';
import { KEY_LINE, frontMatterKeys } from './front-matter-keys.js';
import { readLinePairs } from './line-pairs.js';
import type { FrontMatterBlock } from './split-front-matter.js';
import type { FrontMatterKey, SpecFormat } from './types.js';

export interface ParsedFrontMatter {
  format: SpecFormat;
  data: Record<string, unknown>;
  keys: FrontMatterKey[];
  warnings: string[];
}

/** A parser's complaint, with the 1-based line inside the block when the parser knows it. */
interface Rejection {
  reason: string;
  line?: number;
}

type Outcome = { data: Record<string, unknown> } | Rejection;

export function parseFrontMatter(lines: readonly string[], block: FrontMatterBlock, file: string): ParsedFrontMatter {
  const inner = lines.slice(block.open + 1, block.close);
  const firstLine = block.open + 2;
  const outcome = block.syntax === 'yaml' ? parseYaml(inner.join('\n')) : parseTomlText(inner.join('\n'));
  if ('data' in outcome) {
    const keys = frontMatterKeys(inner, firstLine, KEY_LINE[block.syntax]);
    return { format: block.syntax, data: outcome.data, keys, warnings: [] };
  }

  const keyLine = block.syntax === 'yaml' ? KEY_LINE.lenientYaml : KEY_LINE.toml;
  const keys = frontMatterKeys(inner, firstLine, keyLine);
  const line = outcome.line === undefined ? block.open + 1 : firstLine + outcome.line - 1;
  const syntax = block.syntax.toUpperCase();
  const warning = `${file}:${line}: front matter is not valid ${syntax} (${outcome.reason}); read it line by line instead`;
  const data = readLinePairs(inner, firstLine, keys, block.syntax === 'yaml' ? ':' : '=');
  return { format: 'lines', data, keys, warnings: [warning] };
}

function parseYaml(text: string): Outcome {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { reason: firstLineOf(error.message), line: lineCounter.linePos(error.pos[0]).line };
  try {
    return asMapping(doc.toJS());
  } catch (thrown) {
    return { reason: firstLineOf(String((thrown as Error).message)), line: firstAliasLine(doc, lineCounter) };
  }
}

/** toJS() fails on aliases such as a `**bold**` value; point at the first one. */
function firstAliasLine(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      line = node.range ? lineCounter.linePos(node.range[0]).line : undefined;
      return visit.BREAK;
    },
  });
  return line;
}

function parseTomlText(text: string): Outcome {
  try {
    return asMapping(parseToml(text));
  } catch (thrown) {
    const { message, line } = thrown as Error & { line?: number };
    return { reason: firstLineOf(message), line };
  }
}

function asMapping(value: unknown): Outcome {
  if (value === null || value === undefined) return { data: {} };
  if (typeof value === 'object' && !Array.isArray(value)) return { data: value as Record<string, unknown> };
  return { reason: 'it is not a list of key: value pairs' };
}

function firstLineOf(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}
