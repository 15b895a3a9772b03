/**
 * One field of the domain model, seen from every layer of the generated service: the domain
 * type and its guard, the JSON (plain) type and its TypeBox schema, the Drizzle columns, the
 * SQL DDL, and the conversions between them. Templates only print these strings.
 */
import type { Field, ScalarType } from '../domain-model/types.js';
import { names } from '../naming.js';
import { patternSamples } from './pattern-samples.js';

/** TypeScript string literal (single quotes, escaped). */
export function lit(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** TS source for a default value given in the domain file. */
export function literal(value: string | number | boolean): string {
  return typeof value === 'string' ? lit(value) : String(value);
}

export interface FieldView {
  /** property name in the domain, the API and Drizzle: references end in `Id` */
  name: string;
  /** SQL column (money: the prefix of two columns) */
  column: string;
  /** label in error messages */
  label: string;
  kind: 'scalar' | 'valueObject' | 'reference';
  type: ScalarType | 'valueObject' | 'reference';
  /** may be absent in the aggregate and the view */
  optional: boolean;
  /** must be given on create (not optional, no default) */
  required: boolean;
  /** TS source of the default, when the domain file declares one */
  defaultValue: string | undefined;
  unique: boolean;
  /** equality filter on the list route (indexed, unique or a reference) */
  filterable: boolean;
  /** may be the `sort` key of the list route (keyset pagination on it) */
  sortable: boolean;
  /** the type the aggregate holds */
  domainType: string;
  /** the JSON type (API, commands, events) */
  plainType: string;
  /** TypeBox expression of the plain value (without Optional, without default) */
  schema: string;
  /** the same with the declared default (create body only: Ajv fills it in) */
  createSchema: string;
  /** Drizzle column entries (`name: builder`) */
  drizzle: string[];
  /** SQL column definitions */
  sql: string[];
  /** name of the value object class, for value-object fields */
  valueObject?: string;
  /** kebab file name of the value object / referenced aggregate */
  module?: string;
  /** Pascal name of the referenced aggregate's id type */
  idType?: string;
  /** enum values */
  values?: string[];
}

const stringLike: ScalarType[] = ['string', 'text', 'uuid', 'email', 'url'];

export function fieldView(field: Field): FieldView {
  const withDefault = scalarView(field, true).schema;
  return { ...scalarView(field, false), createSchema: withDefault };
}

/** The default in the field's JSON type: `0.7` for a decimal is `'0.7'`. */
export function typedDefault(field: Field): string | number | boolean | undefined {
  const value = field.default;
  // a money default has no currency to go with it: the field stays required (docs/decisions/service-field-types.md)
  if (value === undefined || field.kind !== 'scalar' || field.type === 'money' || field.type === 'json')
    return undefined;
  if (field.type === 'int') return Number(value);
  if (field.type === 'boolean') return value === true || value === 'true';
  return String(value);
}

function scalarView(field: Field, useDefault: boolean): Omit<FieldView, 'createSchema'> {
  const dflt = useDefault ? typedDefault(field) : undefined;
  const isReference = field.kind === 'reference';
  const name = isReference && !field.names.camel.endsWith('Id') ? `${field.names.camel}Id` : field.names.camel;
  const column = names(name).snake;
  const hasDefault = typedDefault(field) !== undefined;
  const type = field.kind === 'scalar' ? field.type : field.kind;
  const indexable =
    field.kind === 'reference' || (field.kind === 'scalar' && !['json', 'money', 'decimal'].includes(field.type));
  const filterable = indexable && (field.indexed || field.unique || field.kind === 'reference');
  const sortable = filterable && !field.optional && field.kind === 'scalar' && field.type !== 'boolean';
  const base: Omit<FieldView, 'domainType' | 'plainType' | 'schema' | 'createSchema' | 'drizzle' | 'sql'> = {
    name,
    column,
    label: name,
    kind: field.kind,
    type,
    optional: field.optional,
    required: !field.optional && !hasDefault,
    defaultValue: hasDefault ? literal(typedDefault(field) as string | number | boolean) : undefined,
    unique: field.unique,
    filterable,
    sortable,
  };
  const notNull = field.optional ? '' : '.notNull()';
  const sqlNull = field.optional ? '' : ' NOT NULL';
  if (field.kind === 'reference') {
    const ref = names(field.aggregate);
    return {
      ...base,
      idType: `${ref.pascal}Id`,
      module: ref.kebab,
      domainType: `${ref.pascal}Id`,
      plainType: 'string',
      schema: "Type.String({ format: 'uuid' })",
      drizzle: [`${name}: text(${lit(column)})${notNull}`],
      sql: [`${column} TEXT${sqlNull}`],
    };
  }
  if (field.kind === 'valueObject') {
    const vo = names(field.valueObject);
    return {
      ...base,
      valueObject: vo.pascal,
      module: vo.kebab,
      domainType: vo.pascal,
      plainType: `${vo.pascal}Plain`,
      schema: `${vo.pascal}Schema`,
      drizzle: [`${name}: text(${lit(column)}, { mode: 'json' }).$type<${vo.pascal}Plain>()${notNull}`],
      sql: [`${column} TEXT${sqlNull}`],
    };
  }
  const t = field.type;
  const view = { ...base, values: field.values };
  switch (t) {
    case 'int':
      return {
        ...view,
        domainType: 'number',
        plainType: 'number',
        schema: `Type.Integer(${options({ minimum: field.min, maximum: field.max, default: dflt })})`,
        drizzle: [`${name}: integer(${lit(column)})${notNull}`],
        sql: [`${column} INTEGER${sqlNull}`],
      };
    case 'boolean':
      return {
        ...view,
        domainType: 'boolean',
        plainType: 'boolean',
        schema: `Type.Boolean(${options({ default: dflt })})`,
        drizzle: [`${name}: integer(${lit(column)}, { mode: 'boolean' })${notNull}`],
        sql: [`${column} INTEGER${sqlNull}`],
      };
    case 'money':
      return {
        ...view,
        domainType: 'Money',
        plainType: 'MoneyPlain',
        schema: 'MoneySchema',
        drizzle: [
          `${name}Minor: integer(${lit(`${column}_minor`)})${notNull}`,
          `${name}Currency: text(${lit(`${column}_currency`)})${notNull}`,
        ],
        sql: [`${column}_minor INTEGER${sqlNull}`, `${column}_currency TEXT${sqlNull}`],
      };
    case 'json':
      return {
        ...view,
        domainType: 'unknown',
        plainType: 'unknown',
        schema: 'Type.Unknown()',
        drizzle: [`${name}: text(${lit(column)}, { mode: 'json' }).$type<unknown>()${notNull}`],
        sql: [`${column} TEXT${sqlNull}`],
      };
    case 'enum': {
      const values = field.values ?? [];
      const union = values.map(lit).join(' | ');
      return {
        ...view,
        domainType: union,
        plainType: union,
        schema: `Type.Union([${values.map((v) => `Type.Literal(${lit(v)})`).join(', ')}]${
          dflt !== undefined ? `, { default: ${literal(dflt)} }` : ''
        })`,
        drizzle: [`${name}: text(${lit(column)}, { enum: [${values.map(lit).join(', ')}] })${notNull}`],
        sql: [`${column} TEXT${sqlNull} CHECK (${column} IN (${values.map(sqlString).join(', ')}))`],
      };
    }
    default: {
      const format = formats[t];
      const isString = stringLike.includes(t);
      const max = field.length ?? field.max;
      const opts = options({
        format,
        minLength: isString ? field.min : undefined,
        maxLength: isString ? max : undefined,
        pattern: t === 'decimal' ? DECIMAL_PATTERN : isString ? field.pattern : undefined,
        default: dflt,
      });
      return {
        ...view,
        domainType: t === 'datetime' ? 'Date' : 'string',
        plainType: 'string',
        schema: `Type.String(${opts})`,
        drizzle: [`${name}: text(${lit(column)})${notNull}`],
        sql: [`${column} TEXT${sqlNull}`],
      };
    }
  }
}

export const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';

const formats: Partial<Record<ScalarType, string>> = {
  date: 'date',
  datetime: 'date-time',
  uuid: 'uuid',
  email: 'email',
  url: 'uri',
};

function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `{ minimum: 1, maximum: 10 }` from the defined entries, or '' when none. */
export function options(entries: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(entries)
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? lit(v) : String(v)}`);
  return parts.length === 0 ? '' : `{ ${parts.join(', ')} }`;
}

/** Guard rules object for the domain guards (`{ min: 1, max: 120, pattern: /…/u }`). */
export function rules(field: Field): string {
  const isString = field.kind === 'scalar' && stringLike.includes(field.type);
  const parts: string[] = [];
  if (field.min !== undefined) parts.push(`min: ${field.min}`);
  const max = isString ? (field.length ?? field.max) : field.max;
  if (max !== undefined) parts.push(`max: ${max}`);
  if (field.pattern !== undefined && isString) parts.push(`pattern: new RegExp(${lit(field.pattern)}, 'u')`);
  return parts.length === 0 ? '' : `, { ${parts.join(', ')} }`;
}

/**
 * Domain expression that validates a plain value and turns it into the domain type.
 * `value` is a TS expression of the plain type (never undefined here).
 */
export function fromPlain(field: Field, view: FieldView, value: string, labelPrefix = ''): string {
  const label = lit(labelPrefix + view.label);
  if (field.kind === 'reference') return `${view.idType}.from(${value})`;
  if (field.kind === 'valueObject') return `${view.valueObject}.from(${value})`;
  switch (field.type) {
    case 'string':
    case 'text':
      return `text(${label}, ${value}${rules(field)})`;
    case 'int':
      return `integer(${label}, ${value}${rules(field)})`;
    case 'decimal':
      return `decimal(${label}, ${value}${rules(field)})`;
    case 'money':
      return `Money.from(${label}, ${value}${rules(field)})`;
    case 'date':
      return `calendarDate(${label}, ${value})`;
    case 'datetime':
      return `dateTime(${label}, ${value})`;
    case 'uuid':
      return `uuid(${label}, ${value})`;
    case 'email':
      return `email(${label}, ${value}${rules(field)})`;
    case 'url':
      return `url(${label}, ${value}${rules(field)})`;
    case 'enum':
      return `oneOf(${label}, ${value}, [${(field.values ?? []).map(lit).join(', ')}] as const)`;
    case 'boolean':
    case 'json':
      return value;
  }
}

/** Plain (JSON) expression of a domain value (never undefined here). */
export function toPlain(view: FieldView, value: string): string {
  if (view.type === 'datetime') return `${value}.toISOString()`;
  if (view.type === 'money' || view.type === 'valueObject') return `${value}.toPlain()`;
  return value;
}

/** Drizzle row entries (`prop: expr`) of a domain value read from `source` (e.g. `p.title`). */
export function toRow(view: FieldView, source: string): string[] {
  const q = view.optional ? '?' : '';
  const nul = view.optional ? ' ?? null' : '';
  if (view.type === 'money')
    return [`${view.name}Minor: ${source}${q}.minor${nul}`, `${view.name}Currency: ${source}${q}.currency${nul}`];
  if (view.type === 'datetime' || view.type === 'valueObject')
    return [`${view.name}: ${source}${q}.${view.type === 'datetime' ? 'toISOString()' : 'toPlain()'}${nul}`];
  return [`${view.name}: ${source}${nul}`];
}

/** Domain expression rebuilt from a Drizzle row `row` (without validation for scalars). */
export function fromRow(view: FieldView, row: string): string {
  const value = `${row}.${view.name}`;
  let expr: string;
  switch (view.type) {
    case 'money':
      expr = `Money.fromMinor(${row}.${view.name}Minor, ${row}.${view.name}Currency)`;
      break;
    case 'datetime':
      expr = `new Date(${value})`;
      break;
    case 'valueObject':
      expr = `${view.valueObject}.from(${value})`;
      break;
    case 'reference':
      expr = `${view.idType}.from(${value})`;
      break;
    default:
      expr = value;
  }
  if (!view.optional) return expr;
  const test =
    view.type === 'money'
      ? `${row}.${view.name}Minor === null || ${row}.${view.name}Currency === null`
      : `${value} === null`;
  return `${test} ? undefined : ${expr}`;
}

/** Plain (view) expression straight from a Drizzle row, for the read side. */
export function rowToPlain(view: FieldView, row: string): string {
  const value = `${row}.${view.name}`;
  if (view.type === 'money') {
    const expr = `Money.fromMinor(${row}.${view.name}Minor, ${row}.${view.name}Currency).toPlain()`;
    return view.optional
      ? `${row}.${view.name}Minor === null || ${row}.${view.name}Currency === null ? undefined : ${expr}`
      : expr;
  }
  return view.optional ? `${value} ?? undefined` : value;
}

/** The driver value of a filter parameter (SQLite stores booleans as 0/1). */
export function driverValue(view: FieldView, value: string): string {
  if (view.type === 'boolean') return `${value} ? 1 : 0`;
  if (view.type === 'datetime') return `new Date(${value}).toISOString()`;
  return value;
}

/**
 * A string sample (TS source) that satisfies the field's length and pattern, varying with `n`
 * when it can (unique fields), found by trying a few shapes against the real rules.
 */
export function textSample(field: Field, n: string): string {
  return textSampleChoice(field, n).source;
}

/** Whether the test data of a string field keeps its rules (see `textSample`); false: its tests fail. */
export function textSampleFits(field: Field): boolean {
  return textSampleChoice(field, 'n').fits;
}

/** `textSample`, and whether it found a value that keeps the rules or fell back to one that may not. */
function textSampleChoice(field: Field, n: string): { source: string; fits: boolean } {
  const min = field.min ?? 0;
  const max = field.length ?? field.max ?? Number.POSITIVE_INFINITY;
  const pattern = field.pattern === undefined ? undefined : new RegExp(field.pattern, 'u');
  const fits = (value: string) => value.length >= min && value.length <= max && (pattern?.test(value) ?? true);
  const shapes: [string, (k: number) => string][] = [
    [`${field.names.kebab}-`, (k) => `${field.names.kebab}-${k}`],
    ['sample-', (k) => `sample-${k}`],
    ['s', (k) => `s${k}`],
    ['', (k) => String(k)],
    ['S', (k) => `S${k}`],
    ['SAMPLE-', (k) => `SAMPLE-${k}`],
  ];
  for (const [prefix, make] of shapes) {
    if ([1, 99999].every((k) => fits(make(k)))) return { source: `\`${prefix}\${${n}}\``, fits: true };
  }
  if ([1, 99999].every((k) => fits(String(1_000_000 + k)))) return { source: `String(1_000_000 + ${n})`, fits: true };
  const fallbacks = [
    typeof field.default === 'string' ? field.default : undefined,
    'sample',
    'abc',
    'ABC',
    'AB',
    'a',
    'A',
    '1',
    '#888888',
    '+1 555 0100',
    'x'.repeat(Math.max(min, 1)),
  ];
  const fixed = fallbacks.find((value): value is string => typeof value === 'string' && fits(value));
  // one fixed value serves a field that need not be unique; a unique one prefers several drawn
  // from its pattern, picked by `n`, so that its values differ
  if (fixed !== undefined && !field.unique) return { source: lit(fixed), fits: true };
  const drawn = field.pattern === undefined ? [] : patternSamples(field.pattern, fits, field.unique ? PATTERN_SAMPLES : 1);
  if (drawn.length > 1 && /^\d+$/.test(n)) return { source: lit(drawn[Number(n) % drawn.length] as string), fits: true }; // a fixed index: one value
  if (drawn.length > 1) return { source: `[${drawn.map(lit).join(', ')}][${n} % ${drawn.length}] ?? ${lit(drawn[0] as string)}`, fits: true };
  const single = drawn[0] ?? fixed;
  if (single !== undefined) return { source: lit(single), fits: true };
  const [cut, pad] = [Number.isFinite(max) ? max : 20, Math.max(min, 1)];
  const lastResort = (k: number) => `s${k}`.slice(0, cut).padEnd(pad, 'x');
  return { source: `\`s\${${n}}\`.slice(0, ${cut}).padEnd(${pad}, 'x')`, fits: [1, 99999].every((k) => fits(lastResort(k))) };
}

/** How many pattern samples a unique field's test data cycles through (more than any test creates at once). */
const PATTERN_SAMPLES = 64;

/** A valid plain value for tests and examples, as TS source; `n` varies unique values. */
export function sample(field: Field, view: FieldView, n: string): string {
  if (field.kind === 'reference') return 'newId()';
  if (field.kind === 'valueObject') return `${view.valueObject}Sample`;
  switch (field.type) {
    case 'string':
    case 'text':
      return textSample(field, n);
    case 'int':
      return String(typedDefault(field) ?? field.min ?? Math.min(1, field.max ?? 1));
    case 'decimal': {
      const value =
        typedDefault(field) ?? field.min ?? (field.max !== undefined && field.max < 12.5 ? field.max : '12.50');
      return lit(String(value));
    }
    case 'money':
      return "{ amount: '12.34', currency: 'EUR' }";
    case 'boolean':
      return 'true';
    case 'date':
      return "'2024-05-17'";
    case 'datetime':
      return "'2024-05-17T10:00:00.000Z'";
    case 'uuid':
      return "'6b1f0a1e-4f52-4b8e-9a55-0d3c8f1b2a7c'";
    case 'email':
      return `\`user-\${${n}}@example.com\``;
    case 'url':
      return "'https://example.com/page'";
    case 'enum':
      return lit(field.values?.[0] ?? '');
    case 'json':
      return "{ tags: ['a', 'b'] }";
  }
}

/** Domain value of a create input (`input.title`), with the default and optionality applied. */
export function inputToDomain(field: Field, view: FieldView, input: string, labelPrefix = ''): string {
  const value = `${input}.${view.name}`;
  if (view.defaultValue !== undefined) return fromPlain(field, view, `${value} ?? ${view.defaultValue}`, labelPrefix);
  if (view.optional) return `${value} === undefined ? undefined : ${fromPlain(field, view, value, labelPrefix)}`;
  return fromPlain(field, view, value, labelPrefix);
}

/** Statement applying one change of an update (`null` clears an optional field). */
export function changeToDomain(field: Field, view: FieldView, changes: string, props: string): string {
  const value = `${changes}.${view.name}`;
  const convert = fromPlain(field, view, value);
  const assign = view.optional ? `${value} === null ? undefined : ${convert}` : convert;
  return `if (${value} !== undefined) ${props}.${view.name} = ${assign};`;
}

/** Plain (JSON) value of a domain value, keeping `undefined` for an absent optional. */
export function domainToPlain(view: FieldView, source: string): string {
  const plain = toPlain(view, source);
  return view.optional && plain !== source ? `${source} === undefined ? undefined : ${plain}` : plain;
}
