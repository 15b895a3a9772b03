/** Top-level keys of a front-matter block, found line by line (works on text no parser accepts). */
import type { FrontMatterKey } from './types.js';

/** How a top-level key line looks: YAML `key: value`, TOML `key = value`. */
export const KEY_LINE = {
  yaml: /^["']?([A-Za-z_][\w. -]*?)["']?\s*:(?:\s|$)/,
  /** for YAML no parser accepts: only lower-case keys, so `Examples:` inside a description is text */
  lenientYaml: /^([a-z_][\w.-]*)\s*:(?:\s|$)/,
  toml: /^([A-Za-z_][\w.-]*)\s*=/,
} as const;

const TOML_TABLE = /^\[/;

/**
 * @param lines the front-matter lines, delimiters excluded
 * @param firstLine the 1-based file line of `lines[0]`
 */
export function frontMatterKeys(lines: readonly string[], firstLine: number, keyLine: RegExp): FrontMatterKey[] {
  const keys: FrontMatterKey[] = [];
  lines.forEach((line, i) => {
    const key = keyLine.exec(line)?.[1];
    const endsPrevious = key !== undefined || TOML_TABLE.test(line);
    const previous = keys.at(-1);
    if (endsPrevious && previous)
      previous.lastLine = lastContentLine(lines, previous.firstLine - firstLine, i) + firstLine;
    if (key !== undefined) keys.push({ key, firstLine: firstLine + i, lastLine: firstLine + i });
  });
  const last = keys.at(-1);
  if (last) last.lastLine = lastContentLine(lines, last.firstLine - firstLine, lines.length) + firstLine;
  return keys;
}

/** Index of the last non-blank line in [from, to), never before `from`. */
function lastContentLine(lines: readonly string[], from: number, to: number): number {
  let end = to - 1;
  while (end > from && (lines[end] ?? '').trim() === '') end -= 1;
  return end;
}
