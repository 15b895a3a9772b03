/**
 * One field of an aggregate as a slice in a foreign repository sees it: plain TypeScript types
 * (a money is `{ amount, currency }`, a date an ISO string) and a guard from the slice kernel
 * (templates/foreign/kernel/guards.ts) that checks it.
 */
import type { Aggregate, Field } from '../domain-model/types.js';
import { InputError } from '../errors.js';
import { fieldView, lit, sample } from '../generate/fields.js';

export interface ForeignField {
  name: string;
  tsType: string;
  optional: boolean;
  /** must be given on create */
  required: boolean;
  defaultValue: string | undefined;
  /** the guard call for a value (TS source) */
  guard: (value: string) => string;
  /** the guard functions it uses */
  guards: string[];
  /** a valid value, TS source */
  sample: string;
  /** a value of the wrong type, TS source; none for json (anything goes) */
  wrongValue: string | undefined;
}

function rules(entries: Record<string, string | number | undefined>): string {
  const set = Object.entries(entries).filter(([, value]) => value !== undefined);
  return set.length === 0 ? '' : `, { ${set.map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
}

function textRules(field: Field, format?: string): string {
  const pattern = field.pattern === undefined ? undefined : `new RegExp(${lit(field.pattern)}, 'u')`;
  return rules({ min: field.min, max: field.length ?? field.max, pattern, format: format && lit(format) });
}

type Shape = Pick<ForeignField, 'tsType' | 'wrongValue'> & { guard: string; args: string };

function shapeOf(field: Field): Shape {
  if (field.kind === 'reference') return { tsType: 'string', guard: 'text', args: ', { min: 1 }', wrongValue: '42' };
  if (field.kind === 'valueObject') throw new InputError(`${field.names.camel} is a value object — value objects are not written into a repository the tool did not create yet; use plain fields`);
  switch (field.type) {
    case 'string':
    case 'text':
      return { tsType: 'string', guard: 'text', args: textRules(field), wrongValue: '42' };
    case 'email':
    case 'url':
    case 'uuid':
      return { tsType: 'string', guard: 'text', args: textRules(field, field.type), wrongValue: '42' };
    case 'int':
      return { tsType: 'number', guard: 'integer', args: rules({ min: field.min, max: field.max }), wrongValue: "'12'" };
    case 'decimal':
      return { tsType: 'string', guard: 'decimal', args: '', wrongValue: '12.5' };
    case 'money':
      return { tsType: 'Money', guard: 'money', args: '', wrongValue: "'12.50 EUR'" };
    case 'boolean':
      return { tsType: 'boolean', guard: 'bool', args: '', wrongValue: "'yes'" };
    case 'date':
      return { tsType: 'string', guard: 'calendarDate', args: '', wrongValue: '20240517' };
    case 'datetime':
      return { tsType: 'string', guard: 'timestamp', args: '', wrongValue: '1715940000' };
    case 'enum': {
      const values = (field.values ?? []).map(lit);
      return { tsType: values.join(' | '), guard: 'oneOf', args: `, [${values.join(', ')}] as const`, wrongValue: "'not one of them'" };
    }
    case 'json':
      return { tsType: 'unknown', guard: 'json', args: '', wrongValue: undefined };
  }
}

export function foreignField(field: Field): ForeignField {
  const view = fieldView(field);
  const shape = shapeOf(field);
  const guards = shape.tsType === 'Money' ? [shape.guard, 'type Money'] : [shape.guard];
  return {
    name: view.name,
    tsType: shape.tsType,
    optional: view.optional,
    required: view.required,
    defaultValue: view.defaultValue,
    guard: (value) => `${shape.guard}(${lit(view.label)}, ${value}${shape.args})`,
    guards: view.optional ? [...guards, 'optional'] : guards,
    sample: field.kind === 'reference' ? "'6b1f0a1e-4f52-4b8e-9a55-0d3c8f1b2a7c'" : sample(field, view, '1'),
    wrongValue: shape.wrongValue,
  };
}

/** The fields of an aggregate; refuses what a foreign slice cannot hold. */
export function foreignFields(aggregate: Aggregate): ForeignField[] {
  if (aggregate.entities.length > 0) {
    throw new InputError(
      `${aggregate.names.pascal} has child entities (${aggregate.entities.map((e) => e.names.pascal).join(', ')}) — a repository the tool did not create gets plain-field aggregates only for now; model them as their own aggregate`,
      aggregate.origin.file,
      aggregate.origin.line,
    );
  }
  return aggregate.fields.map(foreignField);
}

/** The guard functions the aggregate module imports, sorted as an import list. */
export function guardImports(fields: readonly ForeignField[]): string[] {
  const names = new Set(fields.flatMap((field) => field.guards));
  return [...names].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
}
