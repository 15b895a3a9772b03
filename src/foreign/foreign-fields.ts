/**
 * One field of an aggregate as a slice in a foreign repository sees it: plain TypeScript types
 * (a money is `{ amount, currency }`, a date an ISO string) and a guard from the slice kernel
 * (templates/foreign/kernel/guards.ts) that checks it.
 */
import type { Aggregate, Field, ValueObject } from '../domain-model/types.js';
import { InputError } from '../errors.js';
import { fieldView, lit, sample } from '../generate/fields.js';
import { names } from '../naming.js';

export interface ForeignField {
  name: string;
  tsType: string;
  optional: boolean;
  /** must be given on create */
  required: boolean;
  defaultValue: string | undefined;
  /** the guard call for a value (TS source); `label`: TS source of the name errors give (default: the field's) */
  guard: (value: string, label?: string) => string;
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

/** A value object of the aggregate: a plain interface and the function that checks one. */
export interface ForeignValueObject {
  name: string;
  description: string | undefined;
  fields: ForeignField[];
  /** `checkModelSettings` */
  check: string;
}

function shapeOf(field: Field): Shape {
  if (field.kind === 'reference') return { tsType: 'string', guard: 'text', args: ', { min: 1 }', wrongValue: '42' };
  if (field.kind === 'valueObject') {
    const type = names(field.valueObject).pascal;
    return { tsType: type, guard: `check${type}`, args: '', wrongValue: "'not an object'" };
  }
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
      return { tsType: 'string', guard: 'decimal', args: rules({ min: field.min, max: field.max }), wrongValue: '12.5' };
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

function sampleOf(field: Field, valueObjects: readonly ValueObject[]): string {
  if (field.kind === 'reference') return "'6b1f0a1e-4f52-4b8e-9a55-0d3c8f1b2a7c'";
  if (field.kind !== 'valueObject') return sample(field, fieldView(field), '1');
  const valueObject = valueObjects.find((candidate) => candidate.names.pascal === names(field.valueObject).pascal);
  const entries = (valueObject?.fields ?? []).map((inner) => `${fieldView(inner).name}: ${sampleOf(inner, valueObjects)}`);
  return `{ ${entries.join(', ')} }`;
}

export function foreignField(field: Field, valueObjects: readonly ValueObject[] = []): ForeignField {
  const view = fieldView(field);
  const shape = shapeOf(field);
  const kernelGuards = field.kind === 'valueObject' ? [] : shape.tsType === 'Money' ? [shape.guard, 'type Money'] : [shape.guard];
  return {
    name: view.name,
    tsType: shape.tsType,
    optional: view.optional,
    required: view.required,
    defaultValue: view.defaultValue,
    guard: (value, label = lit(view.label)) => `${shape.guard}(${label}, ${value}${shape.args})`,
    guards: view.optional ? [...kernelGuards, 'optional'] : kernelGuards,
    sample: sampleOf(field, valueObjects),
    wrongValue: shape.wrongValue,
  };
}

function foreignValueObject(valueObject: ValueObject): ForeignValueObject {
  return {
    name: valueObject.names.pascal,
    description: valueObject.description,
    fields: valueObject.fields.map((field) => foreignField(field)),
    check: `check${valueObject.names.pascal}`,
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
  return aggregate.fields.map((field) => foreignField(field, aggregate.valueObjects));
}

/** The value objects the aggregate's fields hold, each once. */
export function foreignValueObjects(aggregate: Aggregate): ForeignValueObject[] {
  const used = new Set(aggregate.fields.flatMap((field) => (field.kind === 'valueObject' ? [names(field.valueObject).pascal] : [])));
  return aggregate.valueObjects.filter((valueObject) => used.has(valueObject.names.pascal)).map(foreignValueObject);
}

/** The guard functions the aggregate module imports (its value objects' too), sorted as an import list. */
export function guardImports(fields: readonly ForeignField[], valueObjects: readonly ForeignValueObject[] = []): string[] {
  const all = [...fields, ...valueObjects.flatMap((valueObject) => valueObject.fields)];
  const used = new Set(all.flatMap((field) => field.guards));
  return [...used].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
}
