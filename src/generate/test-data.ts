/**
 * What the generated tests of one aggregate check: a broken value for each field rule, the
 * ranges to explore with fast-check and the defaults to expect.
 */
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
  min: number;
  max: number;
  /** fast-check arbitrary of the values outside the declared bounds */
  outside: string;
}

/** int fields with a declared bound: every value inside is accepted (fast-check). */
export function ranges(part: PartView): Range[] {
  return part.fields
    .filter(
      ({ field }) =>
        field.kind === 'scalar' && field.type === 'int' && (field.min !== undefined || field.max !== undefined),
    )
    .map(({ field, view }) => {
      const min = field.min ?? (field.max ?? 0) - 1_000_000;
      const max = field.max ?? min + 1_000_000;
      const below = field.min !== undefined ? `fc.integer({ max: ${field.min - 1} })` : undefined;
      const above = field.max !== undefined ? `fc.integer({ min: ${field.max + 1} })` : undefined;
      const outside =
        below !== undefined && above !== undefined ? `fc.oneof(${below}, ${above})` : (below ?? above ?? '');
      return { field: view.name, min, max, outside };
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
