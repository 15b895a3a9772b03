/** One aggregate of the `aggregates:` map: its fields, value objects, child entities and events. */
import type { FieldScope } from './build-field.js';
import { checkKeys, descriptionOf, findEntry } from './keys.js';
import { readEvents } from './read-events.js';
import { readFields } from './read-fields.js';
import { readParts, type DeclaredPart } from './read-parts.js';
import { fail } from './site.js';
import type { TypeNamespace } from './type-namespace.js';
import type { Aggregate, Names, ValueObject } from './types.js';
import type { Entry, YamlSource } from './yaml-source.js';

const AGGREGATE_KEYS = ['description', 'fields', 'valueObjects', 'entities', 'events'];

export interface AggregateContext {
  source: YamlSource;
  namespace: TypeNamespace;
  /** PascalCase names of every aggregate of the context */
  aggregates: readonly string[];
}

export function readAggregate(entry: Entry, aggregateNames: Names, context: AggregateContext): Aggregate {
  const { source, namespace, aggregates } = context;
  const owner = `aggregate ${aggregateNames.pascal}`;
  if (entry.value === null) fail(entry.site, `${owner} declares nothing — add fields:, e.g. fields: { title: string }`);
  const entries = source.entries(entry.value, entry.site, `${owner} must be a map with fields:, entities:, …`);
  checkKeys(entries, AGGREGATE_KEYS, 'aggregate');

  const valueObjects = readParts(findEntry(entries, 'valueObjects'), 'value object', source, namespace).map((part) =>
    withFields(part, source, {
      owner: `value object ${part.names.pascal}`,
      aggregates,
      valueObjects: [],
      scalarsOnly: true,
    }),
  );
  const scope: FieldScope = {
    owner,
    aggregates,
    valueObjects: valueObjects.map((v) => v.names.pascal),
    scalarsOnly: false,
  };
  const fieldsEntry = findEntry(entries, 'fields');
  const fields = readFields(fieldsEntry?.value ?? null, source, scope, fieldsEntry?.site ?? entry.site);
  const parentKey = `${aggregateNames.camel}Id`;
  const entities = readParts(findEntry(entries, 'entities'), 'entity', source, namespace).map((part) =>
    withFields(part, source, { ...scope, owner: `entity ${part.names.pascal}`, parentKey }),
  );
  const events = readEvents(findEntry(entries, 'events'), source, namespace, { aggregate: aggregateNames.pascal, fields });
  const description = descriptionOf(findEntry(entries, 'description'));
  return { names: aggregateNames, ...description, fields, valueObjects, entities, events, origin: entry.site.origin };
}

function withFields(part: DeclaredPart, source: YamlSource, scope: FieldScope): ValueObject {
  const { fields, fieldsSite, ...declared } = part;
  return { ...declared, fields: readFields(fields, source, scope, fieldsSite) };
}
