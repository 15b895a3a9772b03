/** The `events:` of an aggregate: a list of names, or a map of name: description. */
import { isMap } from 'yaml';
import { checkName } from './check-name.js';
import { fail, type Site } from './site.js';
import type { TypeNamespace } from './type-namespace.js';
import type { DomainEvent } from './types.js';
import { scalarValue, type Entry, type YamlSource } from './yaml-source.js';

export function readEvents(entry: Entry | undefined, source: YamlSource, namespace: TypeNamespace): DomainEvent[] {
  if (!entry || entry.value === null) return [];
  const declared = isMap(entry.value)
    ? source
        .entries(entry.value, entry.site, '')
        .map((e) => ({ name: e.key, description: scalarValue(e.value), site: e.site }))
    : source
        .items(entry.value, entry.site, 'events must be a list of names, e.g. events: [OrderPlaced, OrderCancelled]')
        .map((item) => ({ name: scalarValue(item.value), description: null, site: item.site }));
  return declared.map(({ name, description, site }) => {
    if (typeof name !== 'string') fail(site, 'an event is a name, e.g. OrderPlaced');
    return declareEvent(name, typeof description === 'string' ? description : undefined, site, namespace);
  });
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
