/**
 * A bounded context built in code (no parser needed) that exercises every field type the
 * domain contract allows: two aggregates, a child entity, a value object, a reference, an
 * enum, money and each scalar type with its modifiers.
 */
import type {
  Aggregate,
  BoundedContext,
  ChildEntity,
  DomainEvent,
  Field,
  FieldKind,
  FieldModifiers,
  ValueObject,
} from '../../src/domain-model/types.js';
import { names } from '../../src/naming.js';
import type { StackRow } from '../../src/explain/format.js';

const at = (line: number) => ({ file: 'sample.md', line });

export function field(name: string, kind: FieldKind, modifiers: Partial<FieldModifiers> = {}): Field {
  return {
    ...kind,
    optional: false,
    unique: false,
    indexed: false,
    ...modifiers,
    names: names(name),
    origin: at(1),
  };
}

export const scalar = (type: Extract<FieldKind, { kind: 'scalar' }>['type'], values?: string[]): FieldKind =>
  values ? { kind: 'scalar', type, values } : { kind: 'scalar', type };

const modelSettings: ValueObject = {
  names: names('ModelSettings'),
  origin: at(30),
  fields: [
    field('provider', scalar('string'), { max: 40 }),
    field('name', scalar('string'), { min: 1, max: 80 }),
    field('temperature', scalar('decimal'), { optional: true }),
  ],
};

const revision: ChildEntity = {
  names: names('Revision'),
  origin: at(40),
  description: 'An earlier text of the prompt.',
  fields: [
    field('number', scalar('int'), { min: 1 }),
    field('body', scalar('text')),
    field('savedAt', scalar('datetime')),
  ],
};

/** Transitions of every kind: an enum and a boolean checked; an enum, a boolean, a time and a date set; a field cleared. */
const published: DomainEvent = {
  names: names('PromptPublished'),
  origin: at(50),
  when: [
    { field: 'status', values: ['draft'] },
    { field: 'isPublic', values: [false] },
  ],
  sets: [
    { field: 'status', value: 'published' },
    { field: 'isPublic', value: true },
    { field: 'publishedAt', value: 'now' },
    { field: 'releaseDate', value: 'today' },
  ],
};
const archived: DomainEvent = {
  names: names('PromptArchived'),
  origin: at(51),
  when: [{ field: 'status', values: ['draft', 'published'] }],
  sets: [
    { field: 'status', value: 'archived' },
    { field: 'homepage', value: null },
  ],
};

export const promptAggregate: Aggregate = {
  names: names('Prompt'),
  description: 'A reusable prompt template.',
  origin: at(10),
  fields: [
    field('title', scalar('string'), { min: 1, max: 120, indexed: true }),
    field('slug', scalar('string'), {
      unique: true,
      pattern: '^[a-z0-9-]+$',
      max: 80,
    }),
    field('body', scalar('text')),
    field('maxTokens', scalar('int'), { min: 1, max: 32000, default: 1024 }),
    field('costPer1k', scalar('decimal'), { optional: true }),
    field('price', { kind: 'scalar', type: 'money' }, { optional: true }),
    field('isPublic', scalar('boolean'), { default: false, indexed: true }),
    field('releaseDate', scalar('date'), { optional: true }),
    field('publishedAt', scalar('datetime'), { optional: true }),
    field('externalId', scalar('uuid'), { optional: true }),
    field('ownerEmail', scalar('email'), { indexed: true }),
    field('homepage', scalar('url'), { optional: true }),
    field('status', scalar('enum', ['draft', 'published', 'archived']), {
      default: 'draft',
      indexed: true,
    }),
    field('metadata', scalar('json'), { optional: true }),
    field('model', { kind: 'valueObject', valueObject: 'ModelSettings' }),
    field('category', { kind: 'reference', aggregate: 'Category' }, { optional: true, indexed: true }),
  ],
  valueObjects: [modelSettings],
  entities: [revision],
  events: [published, archived],
};

export const categoryAggregate: Aggregate = {
  names: names('Category'),
  description: 'A shelf prompts are filed under.',
  origin: at(60),
  fields: [
    field('name', scalar('string'), { unique: true, min: 2, max: 60 }),
    field('description', scalar('text'), { optional: true }),
    field('position', scalar('int'), { min: 0, default: 0, indexed: true }),
  ],
  valueObjects: [],
  entities: [],
  events: [],
};

export const sampleContext: BoundedContext = {
  names: names('PromptCatalogue'),
  description: 'Prompts and their categories.',
  body: '# Prompt catalogue\n\nA **prompt** is a reusable template. A **category** groups prompts.\n',
  aggregates: [promptAggregate, categoryAggregate],
  origin: at(1),
};

export const sampleStackRows: StackRow[] = [
  {
    technology: 'FastAPI',
    status: 'generated',
    specLines: '12, 40',
    translation: 'Fastify 5 + TypeBox',
    files: 'src/interfaces/http/app.ts',
  },
  {
    technology: 'SQLAlchemy',
    status: 'generated',
    specLines: '15',
    translation: 'Drizzle ORM over better-sqlite3',
    files: 'src/infrastructure/db/client.ts, src/infrastructure/db/schema.ts',
  },
];
