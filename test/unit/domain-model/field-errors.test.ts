import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/index.js';
import { errorMessage, shopWithOrderField } from './domain-text.js';

const TYPES =
  "string, text, int, decimal, money, boolean, date, datetime, uuid, email, url, json, enum(a|b), ref(Aggregate) or a value object's name";

describe('a field the domain file gets wrong is reported at its line, with the fix', () => {
  it.each([
    ['an unknown type', 'total: float', `unknown type "float" — use one of ${TYPES}`],
    ['a misspelt type', 'total: strng', 'unknown type "strng" — did you mean "string"?'],
    [
      'a value object that is not declared',
      'address: Address',
      `unknown value object "Address" in aggregate Order — declare it under valueObjects: of this aggregate, or use one of ${TYPES}`,
    ],
    ['a capitalised scalar type', 'title: String', 'unknown type "String" — did you mean "string"?'],
    [
      'a reference to an aggregate that does not exist',
      'product: ref(Product)',
      'reference to unknown aggregate "Product" — declare it as an aggregate first (known: Customer, Order)',
    ],
    [
      'a misspelt reference',
      'customer: ref(Custmer)',
      'reference to unknown aggregate "Custmer" — did you mean "Customer"?',
    ],
    ['an empty reference', 'customer: ref()', 'ref() names no aggregate — write ref(Customer)'],
    ['an enum without values', 'status: enum()', 'enum has no values — list them, e.g. enum(draft|published)'],
    [
      'an enum in map form without values',
      'status: { type: enum }',
      'enum has no values — list them, e.g. enum(draft|published)',
    ],
    [
      'an enum with a duplicate value',
      'status: enum(open|shut|open)',
      'enum value "open" is listed twice — list each value once',
    ],
    [
      'an enum with an invalid value',
      'status: enum(open|in progress)',
      'enum value "in progress" is not valid — start with a letter, then letters, digits, "_" or "-"',
    ],
    [
      'values on a type that is not enum',
      'title: { type: string, values: [a, b] }',
      '"values" applies only to enum fields — write type: enum, or remove values',
    ],
    [
      'a default outside the enum',
      'status: enum(open|shut):default=ajar',
      'default "ajar" is not one of the enum values — use one of open, shut',
    ],
    [
      'a default that is not an integer',
      'count: int:default=1.5',
      'default "1.5" is not an integer — write a whole number, e.g. default=0',
    ],
    [
      'a default that is not a number',
      'total: money:default=ten',
      'default "ten" is not a number — write e.g. default=0 or default=9.99',
    ],
    [
      'a default that is not a boolean',
      'paid: boolean:default=yes',
      'default "yes" is not a boolean — write default=true or default=false',
    ],
    [
      'a default that is not a date',
      'due: date:default=2025-13-45',
      'default "2025-13-45" is not a date — write YYYY-MM-DD, e.g. default=2025-01-31',
    ],
    ['a default below min', 'count: int:min=1:default=0', 'default "0" is below min 1 (value) — change one of them'],
    [
      'a default longer than max',
      'code: string:max=2:default=abc',
      'default "abc" is above max 2 (length) — change one of them',
    ],
    [
      'a default that misses the pattern',
      "code: { type: string, pattern: '^[A-Z]+$', default: abc }",
      'default "abc" does not match pattern ^[A-Z]+$ — change one of them',
    ],
    [
      'a default on a json field',
      'extra: json:default=x',
      'modifier "default" does not apply to a json field — it applies to scalar fields other than json (set json values when the aggregate is created); remove it',
    ],
    ['min greater than max', 'count: int:min=10:max=5', 'min 10 is greater than max 5 — swap them or fix one'],
    ['min that is not a number', 'count: int:min=few', 'modifier "min" needs a number — write min=10'],
    ['a fractional length', 'code: string:min=1.5', 'modifier "min" needs a whole number here, not 1.5'],
    [
      'a negative length',
      'code: string:min=-1',
      'modifier "min" is a length here, so it cannot be negative — write min=0 or more',
    ],
    [
      'length and max together',
      'code: string:length=3:max=4',
      'length and max both set the longest length — keep one of them',
    ],
    [
      'a bad regular expression',
      'code: string:pattern=[a-',
      'pattern "[a-" is not a valid regular expression (Unterminated character class) — fix the pattern',
    ],
    [
      'an unknown modifier',
      'code: string:sorted',
      'unknown modifier "sorted" — use optional, unique, indexed, default=…, min=…, max=…, length=…, pattern=…',
    ],
    ['a misspelt modifier', 'code: string:uniqe', 'unknown modifier "uniqe" — did you mean "unique"?'],
    ['a modifier given twice', 'code: string:unique:unique', 'modifier "unique" is given twice — keep one'],
    [
      'a modifier that does not apply to the type',
      'paid: boolean:min=1',
      'modifier "min" does not apply to a boolean field — it applies to numbers (int, decimal, money) and strings (string, text); remove it',
    ],
    [
      'unique on json',
      'extra: json:unique',
      'modifier "unique" does not apply to a json field — it applies to scalar and reference fields other than json; remove it',
    ],
    [
      'a flag with a value',
      'code: string:unique=maybe',
      'modifier "unique" is true or false, not "maybe" — write unique alone or unique: true',
    ],
    [
      'an unknown key in the map form',
      'code: { type: string, uniq: true }',
      'unknown field key "uniq" — did you mean "unique"?',
    ],
    ['a map form without a type', 'code: { unique: true }', 'the field has no type — add e.g. type: string'],
    ['a field without a type', 'code:', 'field "code" has no type — write e.g. code: string'],
    [
      'a field given as a list',
      'code: [string]',
      'field "code" must be a type (string:unique) or a map ({ type: string, unique: true }), not a list',
    ],
  ])('%s', (_, field, message) => {
    expect(errorMessage(() => parseDomain(shopWithOrderField(field), 'shop.md'))).toBe(`shop.md:9: ${message}`);
  });
});

describe('a field name the domain file gets wrong is reported at its line', () => {
  it.each([
    [
      'a name with a leading digit',
      '2nd: string',
      'field name "2nd" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
    [
      'a name with a symbol',
      'total$: money',
      'field name "total$" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
    [
      'a name with a slash',
      'a/b: string',
      'field name "a/b" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
    [
      'a name with a backslash',
      '"a\\\\b": string',
      'field name "a\\b" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
    [
      'a name with dot-dot',
      '"..": string',
      'field name ".." contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
    ['a keyword', 'class: string', 'field name "class" is a reserved word in TypeScript — choose another name'],
    [
      'a strict-mode reserved word',
      'package: string',
      'field name "package" is a reserved word in TypeScript — choose another name',
    ],
    [
      'constructor',
      'constructor: string',
      'field name "constructor" is a reserved word in TypeScript — choose another name',
    ],
    ['__proto__', '__proto__: string', 'field name "__proto__" is a reserved word in TypeScript — choose another name'],
    [
      'a generated member',
      'version: int',
      'field name "version" is generated for every aggregate and entity (id, version, createdAt, updatedAt, events, pullEvents, props, create, restore, equals, toJSON, toPersistence) — choose another name',
    ],
    [
      'a generated member in another spelling',
      'created_at: datetime',
      'field name "createdAt" is generated for every aggregate and entity (id, version, createdAt, updatedAt, events, pullEvents, props, create, restore, equals, toJSON, toPersistence) — choose another name',
    ],
  ])('%s', (_, field, message) => {
    expect(errorMessage(() => parseDomain(shopWithOrderField(field), 'shop.md'))).toBe(`shop.md:9: ${message}`);
  });
});
