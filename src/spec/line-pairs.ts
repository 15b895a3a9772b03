/** Reads front matter no parser accepts as plain `key: value` (or `key = value`) lines. */
import type { FrontMatterKey } from './types.js';

const LIST_ITEM = /^\s*-\s+(.*)$/;
const INLINE_LIST = /^\[(.*)\]$/;

/**
 * Each key takes the text after its separator; the lines under it are either `- item` list
 * entries (when the key line holds no value) or the continuation of its text, joined by spaces.
 */
export function readLinePairs(
  lines: readonly string[],
  firstLine: number,
  keys: readonly FrontMatterKey[],
  separator: ':' | '=',
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const { key, firstLine: start, lastLine: end } of keys) {
    const own = lines.slice(start - firstLine, end - firstLine + 1);
    const head = (own[0] ?? '').slice((own[0] ?? '').indexOf(separator) + 1).trim();
    const rest = own.slice(1).filter((line) => line.trim() !== '');
    const items = rest.map((line) => LIST_ITEM.exec(line)?.[1]);
    if (head === '' && rest.length > 0 && items.every((item) => item !== undefined)) {
      result[key] = items.map((item) => unquote(item ?? ''));
    } else {
      result[key] = scalar([head, ...rest.map((line) => line.trim())].filter(Boolean).join(' '));
    }
  }
  return result;
}

function scalar(text: string): string | string[] {
  const list = INLINE_LIST.exec(text)?.[1];
  if (list === undefined) return unquote(text);
  return list
    .split(',')
    .map((item) => unquote(item.trim()))
    .filter(Boolean);
}

function unquote(text: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? (quoted[2] ?? '') : text;
}
