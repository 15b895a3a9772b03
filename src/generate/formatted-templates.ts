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
import { PRETTIER_OPTIONS } from './format.js';

/** template keys: the folder under templates/ and the template's path in it */
export const FORMATTED_TEMPLATES: ReadonlySet<string> = new Set([
  'aggregate/src/application/__aggregate__/commands.ts.ejs',
  'aggregate/src/application/__aggregate__/queries.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__-id.ts.ejs',
  'aggregate/src/domain/__aggregate__/__aggregate__.repository.ts.ejs',
  'aggregate/src/interfaces/http/routes/__aggregate__.routes.ts.ejs',
  'aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'aggregate/test/support/mothers/__aggregate__.mother.ts.ejs',
  'postgres/aggregate/test/integration/__aggregate__.repository.test.ts.ejs',
  'app/src/application/queries.ts.ejs',
  'app/src/application/unit-of-work.ts.ejs',
  'app/src/infrastructure/db/schema.ts.ejs',
  'app/src/infrastructure/queries.ts.ejs',
  'app/test/support/fakes/fake-repositories.ts.ejs',
]);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Every line within the print width and plain ASCII (no tab, no wide character to measure). */
export function fitsPrintWidth(text: string): boolean {
  for (const line of text.split('\n')) if (line.length > PRETTIER_OPTIONS.printWidth || !PRINTABLE_ASCII.test(line)) return false;
  return true;
}

/** Whether `text`, rendered from template `key`, is already as prettier prints it. */
export function printsFormatted(key: string, text: string): boolean {
  return FORMATTED_TEMPLATES.has(key) && fitsPrintWidth(text);
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
