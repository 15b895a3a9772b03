/**
 * The `events:` of an aggregate: a list of names, or a map of name: description, or of
 * name: { description, when, sets } (see read-transitions.ts).
 */
import { isMap } from 'yaml';
import { checkName } from './check-name.js';
import { checkKeys, descriptionOf, findEntry } from './keys.js';
import { readTransition, type EventOwner } from './read-transitions.js';
import { fail, type Site } from './site.js';
import type { TypeNamespace } from './type-namespace.js';
import type { DomainEvent } from './types.js';
import { scalarValue, type Entry, type YamlSource } from './yaml-source.js';

const EVENT_KEYS = ['description', 'when', 'sets'];

export function readEvents(
  entry: Entry | undefined,
  source: YamlSource,
  namespace: TypeNamespace,
  owner: EventOwner,
): DomainEvent[] {
  if (!entry || entry.value === null) return [];
  if (!isMap(entry.value)) {
    return source
      .items(entry.value, entry.site, 'events must be a list of names, e.g. events: [OrderPlaced, OrderCancelled]')
      .map((item) => declareEvent(eventName(scalarValue(item.value), item.site), undefined, item.site, namespace));
  }
  return source.entries(entry.value, entry.site, '').map((declared) => {
    if (!isMap(declared.value)) {
      const description = scalarValue(declared.value);
      return declareEvent(declared.key, typeof description === 'string' ? description : undefined, declared.site, namespace);
    }
    const parts = source.entries(declared.value, declared.site, '');
    checkKeys(parts, EVENT_KEYS, 'event');
    const event = declareEvent(declared.key, descriptionOf(findEntry(parts, 'description')).description, declared.site, namespace);
    return { ...event, ...readTransition(event.names.pascal, parts, source, owner) };
  });
}

function eventName(name: unknown, site: Site): string {
  if (typeof name !== 'string') fail(site, 'an event is a name, e.g. OrderPlaced');
  return name;
}

export function declareEvent(
  name: string,
  description: string | undefined,
  site: Site,
  namespace: TypeNamespace,
): DomainEvent {
  const eventNames = checkName(name, 'event', site);
  namespace.declare(eventNames, 'event', site, name);
  return description === undefined
    ? { names: eventNames, origin: site.origin }
    : { names: eventNames, description, origin: site.origin };
}
