/**
 * Edits to Markdown documentation: a `## Heading` section added when no heading of that name
 * exists, rows appended to the table under a heading when no row for the same route is there.
 * Headings inside fenced code blocks do not count.
 */
import { InputError } from '../errors.js';
import { alignedTable, cellsOf } from './markdown-table.js';

interface Heading {
  index: number;
  level: number;
  title: string;
}

function headingsOf(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) inFence = !inFence;
    if (inFence || !line.startsWith('#')) return;
    let level = 0;
    while (line[level] === '#') level += 1;
    if (line[level] === ' ') headings.push({ index, level, title: line.slice(level).trim() });
  });
  return headings;
}

function parseHeading(heading: string): { level: number; title: string } {
  const [hashes = '', ...rest] = heading.split(' ');
  return { level: hashes.length, title: rest.join(' ').trim() };
}

function findHeading(lines: readonly string[], heading: string, before = lines.length): Heading | undefined {
  const wanted = parseHeading(heading);
  return headingsOf(lines).find((h) => h.index < before && h.level === wanted.level && h.title === wanted.title);
}

function splitLines(text: string): { lines: string[]; newline: string } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return { lines: text.split(newline), newline };
}

export interface MarkdownSectionOptions {
  /**
   * A heading that closes the list of such sections (`## The domain file`): the new section goes
   * right above it, and headings below it (quoted text) do not count as sections.
   */
  before?: string;
}

/** Adds `section` (which starts with `heading`) unless a heading of that name is there. */
export function ensureMarkdownSection(
  text: string,
  heading: string,
  section: string,
  options: MarkdownSectionOptions = {},
): string {
  const { lines, newline } = splitLines(text);
  const closing = options.before === undefined ? undefined : findHeading(lines, options.before);
  if (findHeading(lines, heading, closing?.index)) return text;
  const body = section.split('\n').join(newline).trimEnd() + newline;
  if (closing) {
    return [...lines.slice(0, closing.index), `${body}`, ...lines.slice(closing.index)].join(newline);
  }
  if (text.trim() === '') return body;
  const ending = text.endsWith(`${newline}${newline}`) ? '' : text.endsWith(newline) ? newline : newline + newline;
  return `${text}${ending}${body}`;
}

/** `| GET | /api/v1/x | … |` → `GET|/api/v1/x`: a row is the same row when its first two cells are. */
function rowKey(row: string): string {
  return cellsOf(row).slice(0, 2).join('|');
}

/** The line range of the first table under `heading`. */
function tableUnder(lines: readonly string[], file: string, heading: string): { first: number; last: number } {
  const found = findHeading(lines, heading);
  if (!found)
    throw new InputError(`could not find the heading "${heading}"; restore it, or add the rows by hand`, file);
  const next = headingsOf(lines).find((h) => h.index > found.index && h.level <= found.level)?.index ?? lines.length;
  const first = lines.findIndex((line, index) => index > found.index && index < next && line.trim().startsWith('|'));
  if (first === -1) {
    const detail = `could not find a table under "${heading}"; restore it, or add the rows by hand`;
    throw new InputError(detail, file, found.index + 1);
  }
  let last = first;
  while (lines[last + 1]?.trim().startsWith('|')) last += 1;
  return { first, last };
}

/**
 * Appends each of `rows` missing from the first table under `heading` after its last row. A table
 * whose columns were aligned (as prettier writes it) is realigned to fit the new rows; any other
 * table keeps its lines as they are.
 */
export function ensureMarkdownTableRows(text: string, file: string, heading: string, rows: readonly string[]): string {
  const { lines, newline } = splitLines(text);
  const { first, last } = tableUnder(lines, file, heading);
  const table = lines.slice(first, last + 1);
  const existing = new Set(table.map(rowKey));
  const missing = rows.filter((row) => !existing.has(rowKey(row)));
  if (missing.length === 0) return text;
  const wasAligned = alignedTable(table)?.every((line, index) => line === table[index]) ?? false;
  const grown = wasAligned ? (alignedTable([...table, ...missing]) ?? []) : [...table, ...missing];
  return [...lines.slice(0, first), ...grown, ...lines.slice(last + 1)].join(newline);
}
