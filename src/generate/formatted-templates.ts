/**
 * Templates written so that what they render is already prettier's output whenever every line
 * fits the print width: their fixed text is laid out as prettier lays it out, and the parts that
 * depend on the domain's names are laid out by the helpers below, which make prettier's choice.
 * A file rendered from one of them skips prettier when each of its lines fits (`printsFormatted`);
 * a longer line means prettier would break something, so that file is formatted as any other.
 * test/generators/formatted-templates.test.ts renders them for the shipped domains and for
 * hundreds of variations of their names, numbers and texts, and requires prettier to change
 * nothing (docs/decisions/speed-generation.md, session 7).
 */
import { formatFile, formatTypeScriptAt, PRETTIER_OPTIONS } from './format.js';

/** template keys: the folder under templates/ and the template's path in it */
export const FORMATTED_TEMPLATES: ReadonlySet<string> = new Set([
  'aggregate/src/application/__aggregate__/commands.ts.ejs',
  'aggregate/src/application/__aggregate__/handlers.ts.ejs',
  'aggregate/src/application/__aggregate__/queries.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__-id.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.events.ts.ejs',
  'aggregate/src/domain/__aggregate__/__entity__.ts.ejs',
  'aggregate/src/domain/__aggregate__/__valueObject__.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.repository.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/__aggregate__.mapper.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/__aggregate__.table.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.queries.ts.ejs',
  'aggregate/src/infrastructure/__aggregate__/drizzle-__aggregate__.repository.ts.ejs',
  'aggregate/src/interfaces/http/routes/__aggregate__.routes.ts.ejs',
  'aggregate/src/interfaces/http/schemas/__aggregate__.schemas.ts.ejs',
  'aggregate/test/e2e/__aggregate__.api.test.ts.ejs',
  'aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'aggregate/test/support/fakes/fake-__aggregate__.repository.ts.ejs',
  'aggregate/test/support/mothers/__aggregate__.mother.ts.ejs',
  'aggregate/test/unit/__aggregate__.test.ts.ejs',
  'capabilities/auth/test/unit/auth/auth-config.test.ts.ejs',
  'capabilities/event-bus/src/interfaces/consumer/run-consumer.ts.ejs',
  'capabilities/event-bus/test/integration/events/consumer-crash.test.ts.ejs',
  'capabilities/event-bus/test/integration/events/processed-messages.test.ts.ejs',
  'capabilities/event-bus/test/support/events/proof-consumer.ts.ejs',
  'capabilities/observability/src/infrastructure/observability/outbox-backlog.ts.ejs',
  'capabilities/observability/src/infrastructure/observability/tracing.ts.ejs',
  'capabilities/observability/test/e2e/observability/metrics.api.test.ts.ejs',
  'capabilities/observability/test/e2e/observability/tracing.api.test.ts.ejs',
  'capabilities/queue/test/e2e/tasks/webhook-delivery.api.test.ts.ejs',
  'capabilities/websocket/test/e2e/live-events/event-stream.api.test.ts.ejs',
  'postgres/aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'postgres/app/README.md.ejs',
  'postgres/app/package.json.ejs',
  'postgres/app/src/bootstrap.ts.ejs',
  'app/README.md.ejs',
  'app/bench/target.ts.ejs',
  'app/package.json.ejs',
  'app/docs/STACK.md.ejs',
  'app/src/application/queries.ts.ejs',
  'app/src/application/unit-of-work.ts.ejs',
  'app/src/bootstrap.ts.ejs',
  'app/src/infrastructure/db/schema.ts.ejs',
  'app/src/infrastructure/queries.ts.ejs',
  'app/src/infrastructure/repositories.ts.ejs',
  'app/src/interfaces/http/app.ts.ejs',
  'app/src/interfaces/http/plugins/openapi.ts.ejs',
  'app/test/support/fakes/fake-repositories.ts.ejs',
]);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** words, digits and punctuation Markdown gives no meaning to, not opening like a list item */
const PLAIN_PROSE = /^(?!\d+[.)])[A-Za-z0-9][A-Za-z0-9 ,.;:'()/?!-]*$/;

/**
 * Every line of code within the print width and plain ASCII (no tab, no wide character to
 * measure). Comment lines may be longer and hold any text: prettier prints a comment as it is.
 */
export function fitsPrintWidth(text: string): boolean {
  let inComment = false;
  for (const line of text.split('\n')) {
    const start = line.trimStart();
    const opens = !inComment && start.startsWith('/*');
    if (inComment || opens) {
      const close = line.indexOf('*/', opens ? line.indexOf('/*') + 2 : 0);
      inComment = close < 0;
      if (close < 0 || line.slice(close + 2).trim() === '') continue;
    } else if (start.startsWith('//')) continue;
    if (line.length > PRETTIER_OPTIONS.printWidth || !PRINTABLE_ASCII.test(line)) return false;
  }
  return true;
}

/** Whether `text`, rendered from template `key`, is already as prettier prints it. */
export function printsFormatted(key: string, text: string): boolean {
  if (!FORMATTED_TEMPLATES.has(key) || text.includes(OPEN)) return false;
  // Markdown keeps prose as written and JSON (json-stringify) puts every member on a line of its
  // own: prettier breaks no line by its width there
  return key.endsWith('.md.ejs') || key.endsWith('.json.ejs') || fitsPrintWidth(text);
}

/**
 * An import declaration as prettier prints it: on one line when the line fits, else one
 * specifier a line with a trailing comma (a single specifier never breaks).
 */
export function importFrom(specifiers: readonly string[], from: string, kind: 'type' | 'value' = 'value'): string {
  const head = kind === 'type' ? 'import type' : 'import';
  const line = `${head} { ${specifiers.join(', ')} } from '${from}';`;
  if (specifiers.length < 2 || line.length <= PRETTIER_OPTIONS.printWidth) return line;
  return `${head} {\n${specifiers.map((s) => `  ${s},\n`).join('')}} from '${from}';`;
}

const WIDTH = PRETTIER_OPTIONS.printWidth;
const spaces = (n: number): string => ' '.repeat(n);

/** Whether `line` fits the print width when it starts at column `indent`. */
export function fits(indent: number, line: string): boolean {
  return indent + line.length <= WIDTH;
}

/**
 * A signature or call with simple arguments, `head(a, b)tail`, at column `indent`: on one line
 * when it fits, else one argument a line with a trailing comma, as prettier breaks it. (Not for a
 * call whose last argument is an object or a function: prettier hugs those.)
 */
export function argumentList(indent: number, head: string, args: readonly string[], tail: string): string {
  const line = `${head}${args.join(', ')}${tail}`;
  if (args.length === 0 || fits(indent, line)) return line;
  return `${head}\n${args.map((arg) => `${spaces(indent + 2)}${arg},\n`).join('')}${spaces(indent)}${tail}`;
}

/** `if (test) statement` without braces at column `indent`: one line when it fits, else the statement on the next line. */
export function ifStatement(indent: number, test: string, statement: string): string {
  const line = `if (${test}) ${statement}`;
  return fits(indent, line) ? line : `if (${test})\n${spaces(indent + 2)}${statement}`;
}

/**
 * `left = callee({ a, b });` at column `indent`, as prettier lays out an assignment of a call
 * whose one argument is an object: on one line when it fits; else the object broken open when
 * `left = callee({` fits; else broken after the `=`.
 */
export function assignCallWithObject(indent: number, left: string, callee: string, properties: readonly string[]): string {
  const line = `${left} = ${callee}({ ${properties.join(', ')} });`;
  if (fits(indent, line)) return line;
  if (fits(indent, `${left} = ${callee}({`))
    return `${left} = ${callee}({\n${properties.map((p) => `${spaces(indent + 2)}${p},\n`).join('')}${spaces(indent)}});`;
  return `${left} =\n${spaces(indent + 2)}${callee}({ ${properties.join(', ')} });`;
}

/*
 * Lines too long for the width: a template hands such a line to `fit`, which keeps it as it is
 * when it fits and otherwise marks it (indent, kind, text) in the rendered file. `formatGenerated`
 * then has prettier format only the marked lines, each in a wrapper that gives it the same room it
 * has in the file, and splices them back: an object property or a statement is printed the same
 * wherever it stands, given the same width.
 */
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
  if (!text.includes(OPEN)) return formatFile(path, text);
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
