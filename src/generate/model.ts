/**
 * The data one aggregate's templates read: names, field views and the few derived lists
 * (imports, filters, sort keys, tables). Computed once, printed by the templates.
 */
import type { Aggregate, ChildEntity, DomainEvent, Field, Names, ValueObject } from '../domain-model/types.js';
import { names } from '../naming.js';
import { fieldView, type FieldView } from './fields.js';
import { transitionView, type TransitionView } from './transitions.js';

export interface FieldPair {
  field: Field;
  view: FieldView;
}

export interface PartView {
  names: Names;
  description?: string;
  fields: FieldPair[];
  /** domain guard functions this part's fields use (from domain/shared/guards) */
  guards: string[];
  usesMoney: boolean;
  valueObjects: Names[];
  references: Names[];
}

export interface EntityView extends PartView {
  /** property on the aggregate and the API: `revisions` */
  property: string;
  /** SQL table: `prompt_revisions` */
  table: string;
  /** Drizzle table variable: `promptRevisions` */
  tableVar: string;
}

export interface EventView {
  names: Names;
  /** intent method recording it: `PromptPublished` on Prompt → `markPublished` */
  method: string;
  description?: string;
  /** present when the event declares `when:` or `sets:`: it then has a command and a route */
  transition?: TransitionView;
  /** the command's type: `MarkPromptPublished` */
  command: string;
  /** its handler: `markPromptPublished` */
  handler: string;
  /** the route's last segment: `mark-published` */
  action: string;
}

export interface AggregateView extends PartView {
  table: string;
  tableVar: string;
  valueObjectParts: PartView[];
  entities: EntityView[];
  events: EventView[];
  filters: FieldPair[];
  sorts: FieldPair[];
  uniques: FieldPair[];
}

const guardOf: Record<string, string | undefined> = {
  string: 'text',
  text: 'text',
  int: 'integer',
  decimal: 'decimal',
  date: 'calendarDate',
  datetime: 'dateTime',
  uuid: 'uuid',
  email: 'email',
  url: 'url',
  enum: 'oneOf',
};

function part(n: Names, fields: Field[], description: string | undefined): PartView {
  const pairs = fields.map((field) => ({ field, view: fieldView(field) }));
  const guards = [
    ...new Set(pairs.map((p) => guardOf[p.view.type]).filter((g): g is string => g !== undefined)),
  ].sort();
  const byName = (a: Names, b: Names) => a.pascal.localeCompare(b.pascal);
  const unique = (list: Names[]) =>
    list.filter((x, i) => list.findIndex((y) => y.pascal === x.pascal) === i).sort(byName);
  return {
    names: n,
    ...(description !== undefined ? { description } : {}),
    fields: pairs,
    guards,
    usesMoney: pairs.some((p) => p.view.type === 'money'),
    valueObjects: unique(fields.flatMap((f) => (f.kind === 'valueObject' ? [names(f.valueObject)] : []))),
    references: unique(fields.flatMap((f) => (f.kind === 'reference' ? [names(f.aggregate)] : []))),
  };
}

/** `PromptPublished` on `Prompt` → `markPublished`; `TitleChanged` → `markTitleChanged`. */
export function eventMethod(aggregate: Names, event: Names): string {
  const rest =
    event.pascal.startsWith(aggregate.pascal) && event.pascal !== aggregate.pascal
      ? event.pascal.slice(aggregate.pascal.length)
      : event.pascal;
  return `mark${rest}`;
}

function eventView(aggregate: Names, event: DomainEvent, fields: FieldPair[]): EventView {
  const method = eventMethod(aggregate, event.names);
  const command = names(`${method.slice(0, 4)} ${aggregate.pascal} ${method.slice(4)}`);
  const transition = transitionView(event, fields);
  return {
    names: event.names,
    method,
    ...(event.description !== undefined ? { description: event.description } : {}),
    ...(transition !== undefined ? { transition } : {}),
    command: command.pascal,
    handler: command.camel,
    action: names(method).kebab,
  };
}

function entityView(aggregate: Names, entity: ChildEntity): EntityView {
  const table = names(`${aggregate.snake}_${entity.names.pluralSnake}`);
  return {
    ...part(entity.names, entity.fields, entity.description),
    property: entity.names.pluralCamel,
    table: table.snake,
    tableVar: table.camel,
  };
}

function valueObjectView(vo: ValueObject): PartView {
  return part(vo.names, vo.fields, vo.description);
}

export function aggregateView(aggregate: Aggregate): AggregateView {
  const base = part(aggregate.names, aggregate.fields, aggregate.description);
  const fixed = ['Created', 'Updated', 'Deleted'].map((s) => `${aggregate.names.pascal}${s}`);
  return {
    ...base,
    table: aggregate.names.pluralSnake,
    tableVar: aggregate.names.pluralCamel,
    valueObjectParts: aggregate.valueObjects.map(valueObjectView),
    entities: aggregate.entities.map((e) => entityView(aggregate.names, e)),
    events: aggregate.events
      .filter((e) => !fixed.includes(e.names.pascal))
      .map((e) => eventView(aggregate.names, e, base.fields)),
    filters: base.fields.filter((p) => p.view.filterable),
    sorts: base.fields.filter((p) => p.view.sortable),
    uniques: base.fields.filter((p) => p.view.unique),
  };
}

/** `CREATE TABLE …` statements of one aggregate (root, then child tables), deterministic. */
export function migrationSql(view: AggregateView): string {
  const lines: string[] = [];
  const table = (name: string, columns: string[]) =>
    `CREATE TABLE ${name} (\n${columns.map((c) => `  ${c}`).join(',\n')}\n);`;
  lines.push(
    table(view.table, [
      'id TEXT PRIMARY KEY NOT NULL',
      'version INTEGER NOT NULL',
      ...view.fields.flatMap((p) => p.view.sql),
    ]),
  );
  for (const p of view.fields) {
    if (p.view.unique)
      lines.push(`CREATE UNIQUE INDEX ${view.table}_${p.view.column}_unique ON ${view.table} (${p.view.column});`);
    else if (p.view.filterable)
      lines.push(`CREATE INDEX ${view.table}_${p.view.column}_idx ON ${view.table} (${p.view.column}, id);`);
  }
  for (const e of view.entities) {
    const parent = `${view.names.snake}_id`;
    lines.push(
      table(e.table, [
        'id TEXT PRIMARY KEY NOT NULL',
        `${parent} TEXT NOT NULL REFERENCES ${view.table} (id) ON DELETE CASCADE`,
        'position INTEGER NOT NULL',
        ...e.fields.flatMap((p) => p.view.sql),
      ]),
    );
    lines.push(`CREATE INDEX ${e.table}_${parent}_idx ON ${e.table} (${parent}, position);`);
  }
  return `-- ${view.names.pascal}: generated from the domain model\n\n${lines.join('\n\n')}\n`;
}
