/**
 * The type part of a field: `string`, `enum(draft|sent)`, `ref(Customer)`, or the name of a value
 * object (`ModelSettings`). Whether a named aggregate or value object exists is checked later.
 */
import { fail, type Site } from './site.js';
import { closest } from './suggest.js';
import { SCALAR_TYPES, type ScalarType } from './types.js';

export type TypeExpression =
  | { kind: 'scalar'; type: ScalarType; values?: string[] }
  | { kind: 'reference'; aggregate: string }
  | { kind: 'valueObject'; valueObject: string };

export const TYPE_LIST = `${SCALAR_TYPES.filter((t) => t !== 'enum').join(', ')}, enum(a|b), ref(Aggregate) or a value object's name`;

const ENUM = /^enum\s*\((.*)\)$/s;
const REFERENCE = /^ref\s*\((.*)\)$/s;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const ENUM_VALUE = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** `values` comes from the map form (`{ type: enum, values: [a, b] }`). */
export function parseTypeExpression(text: string, site: Site, values?: string[]): TypeExpression {
  const written = text.trim();
  const enumMatch = ENUM.exec(written);
  if (enumMatch) return { kind: 'scalar', type: 'enum', values: checkEnumValues(splitEnum(enumMatch[1] ?? ''), site) };
  const refMatch = REFERENCE.exec(written);
  if (refMatch) {
    const aggregate = (refMatch[1] ?? '').trim();
    if (aggregate === '') fail(site, 'ref() names no aggregate — write ref(Customer)');
    return { kind: 'reference', aggregate };
  }
  if (written === 'enum') return { kind: 'scalar', type: 'enum', values: checkEnumValues(values ?? [], site) };
  if (isScalarType(written)) return { kind: 'scalar', type: written };
  if (TYPE_NAME.test(written) && !isScalarType(written.toLowerCase()))
    return { kind: 'valueObject', valueObject: written };
  const near = closest(written, [...SCALAR_TYPES, 'ref']);
  fail(site, `unknown type "${written}" — ${near ? `did you mean "${near}"?` : `use one of ${TYPE_LIST}`}`);
}

function isScalarType(text: string): text is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(text);
}

function splitEnum(list: string): string[] {
  return list.trim() === '' ? [] : list.split('|').map((v) => v.trim());
}

function checkEnumValues(values: string[], site: Site): string[] {
  if (values.length === 0) fail(site, 'enum has no values — list them, e.g. enum(draft|published)');
  const seen = new Set<string>();
  for (const value of values) {
    if (!ENUM_VALUE.test(value)) {
      fail(site, `enum value "${value}" is not valid — start with a letter, then letters, digits, "_" or "-"`);
    }
    if (seen.has(value)) fail(site, `enum value "${value}" is listed twice — list each value once`);
    seen.add(value);
  }
  return values;
}
