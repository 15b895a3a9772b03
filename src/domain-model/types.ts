/**
 * The normalised domain model: what every generator and template reads.
 * Produced by `readDomainFile` / `parseDomain` / `aggregateFromFlags` in this folder; names are already
 * validated and split into their forms (see `Names`).
 */

/** Scalar field types a domain file or `--field` may name. */
export const SCALAR_TYPES = [
  'string',
  'text',
  'int',
  'decimal',
  'money',
  'boolean',
  'date',
  'datetime',
  'uuid',
  'email',
  'url',
  'enum',
  'json',
] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

/** Every spelling of one name the generated code needs. */
export interface Names {
  /** As written after normalisation, PascalCase for types, camelCase for fields: `PromptVersion`. */
  pascal: string;
  /** `promptVersion` */
  camel: string;
  /** `prompt-version` (file names, URL segments) */
  kebab: string;
  /** `prompt_version` (SQL columns and tables) */
  snake: string;
  /** `PROMPT_VERSION` (error codes, constants) */
  constant: string;
  /** plural forms */
  pluralPascal: string;
  pluralCamel: string;
  pluralKebab: string;
  pluralSnake: string;
}

/** Where a declaration stands in its source, for error messages and `explain`. */
export interface Origin {
  file: string;
  line: number;
}

export interface FieldModifiers {
  optional: boolean;
  unique: boolean;
  /** filter + sort + index in the list route; unique fields are always indexed */
  indexed: boolean;
  default?: string | number | boolean;
  /** numbers: smallest value; strings: shortest length */
  min?: number;
  /** numbers: largest value; strings: longest length */
  max?: number;
  /** strings: exact maximum length (alias of max for strings) */
  length?: number;
  /** strings: ECMAScript regular expression source, without slashes */
  pattern?: string;
}

export type FieldKind =
  | { kind: 'scalar'; type: ScalarType; values?: string[] }
  /** a value object declared in the same aggregate (or the context), stored inline */
  | { kind: 'valueObject'; valueObject: string }
  /** the id of another aggregate (never an object reference) */
  | { kind: 'reference'; aggregate: string };

export type Field = FieldKind &
  FieldModifiers & {
    names: Names;
    origin: Origin;
    description?: string;
  };

export interface ValueObject {
  names: Names;
  fields: Field[];
  origin: Origin;
  description?: string;
}

/** A child entity owned by an aggregate: many per aggregate root, own table, own id. */
export interface ChildEntity {
  names: Names;
  fields: Field[];
  origin: Origin;
  description?: string;
}

/** A state the aggregate must be in before an event may happen: `field` holds one of `values`. */
export interface EventGuard {
  /** camelCase name of an enum or boolean field of the aggregate */
  field: string;
  values: (string | boolean)[];
}

/**
 * What an event changes: an enum field to one of its values, a boolean to true or false, a datetime
 * to `now`, a date to `today`, or an optional field to `null` (cleared).
 */
export interface EventAssignment {
  /** camelCase name of a field of the aggregate */
  field: string;
  value: string | boolean | null;
}

export interface DomainEvent {
  /** past-tense PascalCase, e.g. `PromptPublished` */
  names: Names;
  origin: Origin;
  description?: string;
  /** the state the event needs (every guard must hold); absent when it needs none */
  when?: EventGuard[];
  /** the state the event leaves; absent when it changes nothing */
  sets?: EventAssignment[];
}

export interface Aggregate {
  names: Names;
  description?: string;
  fields: Field[];
  valueObjects: ValueObject[];
  entities: ChildEntity[];
  /** declared events; `<Name>Created`, `<Name>Updated` and `<Name>Deleted` are always added */
  events: DomainEvent[];
  origin: Origin;
}

export interface BoundedContext {
  names: Names;
  description?: string;
  /** the Markdown body of the domain file (ubiquitous language, prose) */
  body: string;
  aggregates: Aggregate[];
  origin: Origin;
}
