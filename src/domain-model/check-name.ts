/**
 * Turns a name as written (`order line`, `order_line`, `OrderLine`) into its `Names`, refusing
 * what cannot become a file name, a class, a property and a SQL identifier.
 */
import { names } from '../naming.js';
import { GENERATED_NAMES, RESERVED_TYPE_NAMES, RESERVED_WORDS } from './reserved-names.js';
import { fail, type Site } from './site.js';
import type { Names } from './types.js';

/** What the name names, as said in messages: `field`, `aggregate`, `value object`, … */
export type NameRole = 'context' | 'aggregate' | 'value object' | 'entity' | 'event' | 'field';

/** Words of ASCII letters and digits, starting with a letter, separated by one space, `-` or `_`. */
const IDENTIFIER_WORDS = /^[A-Za-z][A-Za-z0-9]*(?:[ _-][A-Za-z0-9]+)*$/;
const PATH_CHARACTERS = /[/\\]|\.\./;

export function checkName(raw: string, role: NameRole, site: Site): Names {
  const written = raw.trim();
  if (written === '') fail(site, `${role} name is empty — give it a name`);
  if (PATH_CHARACTERS.test(written)) {
    fail(
      site,
      `${role} name "${written}" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only`,
    );
  }
  if (RESERVED_WORDS.has(written)) fail(site, reservedWord(role, written));
  if (!IDENTIFIER_WORDS.test(written)) {
    fail(
      site,
      `${role} name "${written}" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")`,
    );
  }
  const result = names(written);
  const form = role === 'field' ? result.camel : result.pascal;
  if (RESERVED_WORDS.has(result.camel)) fail(site, reservedWord(role, written));
  if (role !== 'field' && role !== 'context' && RESERVED_TYPE_NAMES.has(form)) {
    fail(site, `${role} name "${written}" would shadow the global ${form} — choose another name`);
  }
  return result;
}

function reservedWord(role: NameRole, written: string): string {
  return `${role} name "${written}" is a reserved word in TypeScript — choose another name`;
}

/** Refuses a field name that the generator already gives every aggregate and entity. */
export function checkNotGeneratedMember(fieldNames: Names, site: Site): void {
  const members: readonly string[] = GENERATED_NAMES.members;
  if (members.includes(fieldNames.camel)) {
    fail(
      site,
      `field name "${fieldNames.camel}" is generated for every aggregate and entity (${members.join(', ')}) — choose another name`,
    );
  }
}
