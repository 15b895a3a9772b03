/**
 * The command line's short form of an aggregate: `--field name:type[:modifier…]`,
 * `--ref name:Aggregate` and `--event Name`. Errors name the flag instead of a file and line.
 */
import { buildField, type FieldScope } from './build-field.js';
import { checkName } from './check-name.js';
import { parseShortForm } from './field-short-form.js';
import { NameRegistry } from './name-registry.js';
import { declareEvent } from './read-events.js';
import { fail, type Site } from './site.js';
import { TypeNamespace } from './type-namespace.js';
import type { Aggregate, Field, Origin } from './types.js';

/** The origin given to declarations that come from flags. */
export const COMMAND_LINE: Origin = { file: 'command line', line: 0 };

export interface AggregateFlags {
  name: string;
  fields: string[];
  refs: string[];
  events: string[];
}

/** `--field number:string:unique`; references in it are checked only when `knownAggregates` is given. */
export function parseFieldFlag(
  flag: string,
  origin: Origin = COMMAND_LINE,
  knownAggregates?: readonly string[],
): Field {
  const site: Site = { origin, flag: `--field "${flag}"` };
  const colon = flag.indexOf(':');
  if (colon === -1) fail(site, 'expected name:type[:modifier…] — write e.g. --field title:string:max=200');
  const spec = parseShortForm(flag.slice(colon + 1), site);
  return buildField(flag.slice(0, colon), spec, scopeOf(knownAggregates), site);
}

/** `--ref customer:Customer` (or `--ref customer`, the aggregate named after the field) → `customerId`. */
export function parseRefFlag(flag: string, origin: Origin = COMMAND_LINE, knownAggregates?: readonly string[]): Field {
  const site: Site = { origin, flag: `--ref "${flag}"` };
  const [name = '', aggregate = name, ...rest] = flag.split(':');
  if (rest.length > 0 || aggregate.trim() === '')
    fail(site, 'expected name:Aggregate — write e.g. --ref customer:Customer');
  return buildField(name, { type: { kind: 'reference', aggregate }, modifiers: [] }, scopeOf(knownAggregates), site);
}

/** One aggregate from `agent-backend aggregate <Name> --field … --ref … --event …`. */
export function aggregateFromFlags(
  flags: AggregateFlags,
  knownAggregates: readonly string[],
  origin: Origin = COMMAND_LINE,
): Aggregate {
  const site: Site = { origin, flag: `aggregate "${flags.name}"` };
  const aggregateNames = checkName(flags.name, 'aggregate', site);
  const all = [
    ...new Set([...knownAggregates.map((k) => checkName(k, 'aggregate', site).pascal), aggregateNames.pascal]),
  ];
  const namespace = new TypeNamespace();
  for (const name of all) namespace.declare(checkName(name, 'aggregate', site), 'aggregate', site, name);
  for (const name of all) namespace.reserveGeneratedNames(checkName(name, 'aggregate', site));
  if (flags.fields.length + flags.refs.length === 0) {
    fail(site, 'has no fields — add at least one --field name:type (or --ref name:Aggregate)');
  }
  const declared = new NameRegistry();
  const fields = [
    ...flags.fields.map((flag) => [parseFieldFlag(flag, origin, all), `--field "${flag}"`] as const),
    ...flags.refs.map((flag) => [parseRefFlag(flag, origin, all), `--ref "${flag}"`] as const),
  ].map(([field, label]) => {
    declared.claim(field.names.camel, `field "${field.names.camel}"`, { origin, flag: label });
    return field;
  });
  const events = flags.events.map((event) =>
    declareEvent(event, undefined, { origin, flag: `--event "${event}"` }, namespace),
  );
  return { names: aggregateNames, fields, valueObjects: [], entities: [], events, origin };
}

function scopeOf(knownAggregates: readonly string[] | undefined): FieldScope {
  return {
    owner: 'the command line',
    aggregates: knownAggregates ?? 'any',
    valueObjects: [],
    scalarsOnly: false,
    declareValueObjects: 'value objects are declared in a domain file (--from domain.md)',
  };
}
