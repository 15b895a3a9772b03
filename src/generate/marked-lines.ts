/**
 * Lines too long for the width: a template hands such a line to `fit`, which keeps it as it is
 * when it fits and otherwise marks it (indent, kind, text) in the rendered file. `formatGenerated`
 * then has prettier format only the marked lines, each in a wrapper that gives it the same room it
 * has in the file, and splices them back: an object property or a statement is printed the same
 * wherever it stands, given the same width. Markdown text from the user is marked by `prose` when
 * prettier could change it; such a file is formatted whole.
 */
import { formatFile, formatTypeScriptAt, PRETTIER_OPTIONS } from './format.js';
import { fits, fitsPrintWidth, spaces } from './layout-helpers.js';

/** words, digits and punctuation Markdown gives no meaning to, not opening like a list item */
const PLAIN_PROSE = /^(?!\d+[.)])[A-Za-z0-9][A-Za-z0-9 ,.;:'()/?!-]*$/;

const OPEN = '\u0000';
const FIELD = '\u0001';
const CLOSE = '\u0002';

/** What a marked line is: an object's property, a statement in a block, a class or interface member, or a top-level statement. */
export type LineKind = 'property' | 'statement' | 'member' | 'typeMember' | 'top' | 'prose';

/** The code each kind is formatted in: it stands one level in (two spaces), or at the top. */
const WRAPPERS: Record<LineKind, { head: string; tail: string } | undefined> = {
  property: { head: 'x = {', tail: '};' },
  statement: { head: 'async function f() {', tail: '}' },
  member: { head: 'class X {', tail: '}' },
  typeMember: { head: 'interface X {', tail: '}' },
  top: undefined,
  prose: undefined,
};

/**
 * Text from the user in a Markdown template, as it is when prettier would print it unchanged
 * (plain words and punctuation; in a code span, anything but a backtick or a line break); else
 * marked, and the file is formatted whole.
 */
export function prose(text: string, where: 'text' | 'code' = 'text'): string {
  const plain = where === 'code' ? !/[`\n]/.test(text) : PLAIN_PROSE.test(text) && !/ {2}| $/.test(text);
  return plain ? text : `${OPEN}0${FIELD}prose${FIELD}${text}${CLOSE}`;
}

/** Whether a rendered text holds marked lines (it then needs `formatGenerated`). */
export function hasMarks(text: string): boolean {
  return text.includes(OPEN);
}

/** `text` (a whole line after its indentation) as it is when it fits at `indent`, else marked for prettier. */
export function fit(indent: number, text: string, kind: LineKind): string {
  return fits(indent, text) ? text : `${OPEN}${indent}${FIELD}${kind}${FIELD}${text}${CLOSE}`;
}

interface Marked {
  line: number;
  indent: number;
  kind: LineKind;
  text: string;
}

function markedLines(lines: readonly string[]): Marked[] {
  const marked: Marked[] = [];
  lines.forEach((line, index) => {
    const open = line.indexOf(OPEN);
    if (open < 0) return;
    const [indent, kind, text] = line.slice(open + 1, line.indexOf(CLOSE)).split(FIELD) as [string, LineKind, string];
    // a template bug, not bad input: `fit` must be given a whole line, at the column it says
    if (line.slice(0, open) !== spaces(Number(indent)) || !line.endsWith(CLOSE) || Number(indent) < (WRAPPERS[kind] ? 2 : 0))
      throw new Error(`a line marked for prettier is not a whole line at its column: ${JSON.stringify(line)}`);
    marked.push({ line: index, indent: Number(indent), kind, text });
  });
  return marked;
}

/** The file with its marked lines as written (for prettier to format whole). */
function unmarked(text: string): string {
  return text.replace(new RegExp(`${OPEN}\\d+${FIELD}[A-Za-z]+${FIELD}([^${CLOSE}]*)${CLOSE}`, 'g'), '$1');
}

/** Formats the marked lines of one kind and indent in one call; their printed lines, in order. */
async function formatMarked(path: string, kind: LineKind, indent: number, texts: readonly string[]): Promise<string[][]> {
  const wrapper = WRAPPERS[kind];
  const depth = wrapper === undefined ? 0 : 2;
  const body = texts.map((t) => `${spaces(depth)}${t}`).join('\n\n');
  const wrapped = wrapper === undefined ? `${body}\n` : `${wrapper.head}\n${body}\n${wrapper.tail}\n`;
  const printed = (await formatTypeScriptAt(path, wrapped, PRETTIER_OPTIONS.printWidth - (indent - depth))).split('\n');
  const inner = (wrapper === undefined ? printed.slice(0, -1) : printed.slice(1, -2)).join('\n');
  const chunks = inner.split('\n\n').map((chunk) => chunk.split('\n').map((line) => `${spaces(indent - depth)}${line}`));
  if (chunks.length !== texts.length) throw new Error(`cannot format the long lines of ${path} one by one`);
  return chunks;
}

/**
 * A rendered file, prettier-formatted: a file with marked lines gets only those formatted when the
 * rest of it fits the width (see `fit`); any other is formatted whole.
 */
export async function formatGenerated(path: string, text: string): Promise<string> {
  if (!hasMarks(text)) return formatFile(path, text);
  if (text.includes(`${FIELD}prose${FIELD}`)) return formatFile(path, unmarked(text));
  const lines = text.split('\n');
  const marked = markedLines(lines);
  const rest = lines.filter((_, index) => !marked.some((m) => m.line === index)).join('\n');
  if (!fitsPrintWidth(rest)) return formatFile(path, unmarked(text));
  const groups = new Map<string, Marked[]>();
  for (const m of marked) groups.set(`${m.kind} ${m.indent}`, [...(groups.get(`${m.kind} ${m.indent}`) ?? []), m]);
  const printed = new Map<number, string[]>();
  for (const group of groups.values()) {
    const first = group[0] as Marked;
    const chunks = await formatMarked(path, first.kind, first.indent, group.map((m) => m.text));
    group.forEach((m, i) => printed.set(m.line, chunks[i] as string[]));
  }
  return lines.flatMap((line, index) => printed.get(index) ?? [line]).join('\n');
}
