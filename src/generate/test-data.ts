/**
 * What the generated tests of one aggregate check: a broken value for each field rule, the
 * ranges to explore with fast-check and the defaults to expect.
 */
import type { Field } from '../domain-model/types.js';
import type { FieldPair, PartView } from './model.js';
import { lit } from './fields.js';

export interface Violation {
  field: string;
  /** test name fragment: `longer than 120 characters` */
  rule: string;
  /** TS source of the invalid plain value */
  value: string;
}

const stringTypes = ['string', 'text', 'email', 'url'];

export function violations(part: PartView): Violation[] {
  const out: Violation[] = [];
  for (const { field, view } of part.fields) {
    if (field.kind !== 'scalar') continue;
    const max = field.length ?? field.max;
    if (stringTypes.includes(field.type)) {
      if (max !== undefined)
        out.push({
          field: view.name,
          rule: `longer than ${max} characters`,
          value: `'x'.repeat(${max + 1})`,
        });
      if (field.min !== undefined && field.min > 0 && field.type !== 'email' && field.type !== 'url')
        out.push({
          field: view.name,
          rule: `shorter than ${field.min} characters`,
          value: `'x'.repeat(${field.min - 1})`,
        });
      if (field.pattern !== undefined)
        out.push({
          field: view.name,
          rule: `not matching ${field.pattern}`,
          value: lit(' ! '),
        });
    }
    if (field.type === 'email')
      out.push({
        field: view.name,
        rule: 'that is not an email address',
        value: "'not-an-email'",
      });
    if (field.type === 'url')
      out.push({
        field: view.name,
        rule: 'that is not a URL',
        value: "'not a url'",
      });
    if (field.type === 'date')
      out.push({
        field: view.name,
        rule: 'that is not a calendar date',
        value: "'2024-02-30'",
      });
    if (field.type === 'decimal')
      out.push({
        field: view.name,
        rule: 'that is not a decimal',
        value: "'1,5'",
      });
    if (field.type === 'money')
      out.push({
        field: view.name,
        rule: 'with too many decimals',
        value: "{ amount: '1.234', currency: 'EUR' }",
      });
    if (field.type === 'enum')
      out.push({
        field: view.name,
        rule: 'outside its values',
        value: `'not-a-value' as never`,
      });
    if (field.type === 'int' && field.min !== undefined)
      out.push({
        field: view.name,
        rule: `below ${field.min}`,
        value: String(field.min - 1),
      });
    if (field.type === 'int' && field.max !== undefined)
      out.push({
        field: view.name,
        rule: `above ${field.max}`,
        value: String(field.max + 1),
      });
  }
  return out;
}

export interface Range {
  field: string;
  /** fast-check arbitrary of the values within the declared bounds */
  inside: string;
  /** fast-check arbitrary of the values outside them */
  outside: string;
}

const either = (below: string | undefined, above: string | undefined): string =>
  below !== undefined && above !== undefined ? `fc.oneof(${below}, ${above})` : (below ?? above ?? '');

function intRange(field: Field, name: string): Range {
  const min = field.min ?? (field.max ?? 0) - 1_000_000;
  const max = field.max ?? min + 1_000_000;
  const below = field.min !== undefined ? `fc.integer({ max: ${field.min - 1} })` : undefined;
  const above = field.max !== undefined ? `fc.integer({ min: ${field.max + 1} })` : undefined;
  return { field: name, inside: `fc.integer({ min: ${min}, max: ${max} })`, outside: either(below, above) };
}

/** A text's bounds are on its length (UTF-16 units, as the guard counts; fast-check's default strings are ASCII). */
function lengthRange(field: Field, name: string): Range {
  const min = field.min ?? 0;
  const max = field.length ?? field.max;
  const inside = max === undefined ? `fc.string({ minLength: ${min} })` : `fc.string({ minLength: ${min}, maxLength: ${max} })`;
  const below = min > 0 ? `fc.string({ maxLength: ${min - 1} })` : undefined;
  const above = max !== undefined ? `fc.string({ minLength: ${max + 1}, maxLength: ${max + 40} })` : undefined;
  return { field: name, inside, outside: either(below, above) };
}

/**
 * Fields with a declared bound, explored by fast-check: every value inside is accepted and every
 * value outside refused. Integers by value; strings and texts by length, unless a pattern also
 * constrains them (the examples then come from the pattern, see violations).
 */
export function ranges(part: PartView): Range[] {
  return part.fields.flatMap(({ field, view }): Range[] => {
    if (field.kind !== 'scalar') return [];
    const bounded = field.min !== undefined || field.max !== undefined;
    if (field.type === 'int' && bounded) return [intRange(field, view.name)];
    const lengthBounded = (field.min !== undefined && field.min > 0) || field.max !== undefined || field.length !== undefined;
    if ((field.type === 'string' || field.type === 'text') && field.pattern === undefined && lengthBounded)
      return [lengthRange(field, view.name)];
    return [];
  });
}

/** Fields with a default the domain applies, as [name, TS literal]. */
export function defaults(part: PartView): FieldPair[] {
  return part.fields.filter(
    (p) =>
      p.view.defaultValue !== undefined &&
      p.field.kind === 'scalar' &&
      p.field.type !== 'money' &&
      p.field.type !== 'datetime',
  );
}
