/**
 * Layouts prettier chooses by width, made at render time for the lines of a formatted template
 * that depend on the domain (names, fields, values): each helper returns the text prettier would
 * print for its construct at the given column (see formatted-templates.ts).
 */
import { namedImportText } from '../ast/named-import-text.js';
import { PRETTIER_OPTIONS } from './format.js';

const WIDTH = PRETTIER_OPTIONS.printWidth;
export const spaces = (n: number): string => ' '.repeat(n);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Lines prettier keeps whole however long: an import of a single name (it never breaks one
 * specifier), and the head of a test call with a string title and a function without parameters
 * (`it('…', async () => {`: prettier's test-call layout).
 */
const UNBREAKABLE = [/^import (?:type )?\{ [\w$]+ \} from '[^']*';$/, /^ *(?:it|test|describe)(?:\.(?:only|skip))?\('(?:[^'\\]|\\.)*', (?:async )?\(\) => \{$/];

/**
 * Every line of code within the print width (or one prettier keeps whole) and plain ASCII (no tab,
 * no wide character to measure). Comment lines may be longer and hold any text: prettier prints
 * a comment as it is.
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
    if (!PRINTABLE_ASCII.test(line) || (line.length > WIDTH && !UNBREAKABLE.some((shape) => shape.test(line)))) return false;
  }
  return true;
}

/** Whether `line` fits the print width when it starts at column `indent`. */
export function fits(indent: number, line: string): boolean {
  return indent + line.length <= WIDTH;
}

/**
 * An import declaration as prettier prints it: on one line when the line fits, else one
 * specifier a line with a trailing comma (a single specifier never breaks).
 */
export function importFrom(specifiers: readonly string[], from: string, kind: 'type' | 'value' = 'value'): string {
  return namedImportText(kind === 'type' ? 'import type' : 'import', specifiers, `from '${from}';`, { printWidth: WIDTH });
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

/**
 * A top-level class header with `extends`/`implements` clauses: on one line when it fits, else a
 * clause a line. A body that opens (`{`) then goes on a line of its own; an empty one (`{}`) ends
 * the last clause, as prettier prints them.
 */
export function classHeader(head: string, clauses: readonly string[], body: '{' | '{}'): string {
  const line = `${head} ${clauses.join(' ')} ${body}`;
  if (fits(0, line)) return line;
  const broken = [head, ...clauses.map((clause) => `  ${clause}`)].join('\n');
  return body === '{' ? `${broken}\n{` : `${broken} {}`;
}
