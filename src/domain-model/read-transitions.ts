/**
 * An event's `when:` (the state it needs) and `sets:` (the state it leaves), checked against the
 * aggregate's own fields:
 *
 *   PromptPublished:
 *     when: { status: draft }                       # enum or boolean fields; a value or a list
 *     sets: { status: published, publishedAt: now } # enum, boolean, datetime (now), date (today), null
 */
import { isSeq, type Node } from 'yaml';
import { names } from '../naming.js';
import { findEntry } from './keys.js';
import { fail, type Site } from './site.js';
import { suggestion } from './suggest.js';
import type { DomainEvent, EventAssignment, EventGuard, Field } from './types.js';
import { scalarValue, type Entry, type YamlSource } from './yaml-source.js';

export interface EventOwner {
  /** PascalCase name of the aggregate */
  aggregate: string;
  fields: readonly Field[];
}

type Transition = Pick<DomainEvent, 'when' | 'sets'>;

class TransitionReader {
  constructor(
    private readonly event: string,
    private readonly owner: EventOwner,
    private readonly source: YamlSource,
  ) {}

  fail(site: Site, detail: string): never {
    return fail(site, `event ${this.event}: ${detail}`);
  }

  /** The entries of `when:` or `sets:`, each naming a field once. */
  entries(entry: Entry, example: string): Entry[] {
    const what = `${entry.key}: must map fields to ${example}`;
    if (entry.value === null) this.fail(entry.site, what);
    const entries = this.source.entries(entry.value, entry.site, `event ${this.event}: ${what}`);
    if (entries.length === 0) this.fail(entry.site, `${entry.key}: names no field — name one, ${what.slice(what.indexOf('e.g.'))}, or remove ${entry.key}:`);
    const seen = new Set<string>();
    for (const named of entries) {
      const field = names(named.key).camel;
      if (seen.has(field)) this.fail(named.site, `${entry.key}: ${field} is named twice — keep one`);
      seen.add(field);
    }
    return entries;
  }

  field(entry: Entry): Field {
    const camel = names(entry.key).camel;
    const field = this.owner.fields.find((f) => f.names.camel === camel);
    if (field) return field;
    const known = this.owner.fields.map((f) => f.names.camel);
    return this.fail(entry.site, `${this.owner.aggregate} has no field "${entry.key}" — ${suggestion(entry.key, known)}`);
  }

  guard(entry: Entry): EventGuard {
    const field = this.field(entry);
    const name = field.names.camel;
    if (field.kind !== 'scalar' || (field.type !== 'enum' && field.type !== 'boolean'))
      this.fail(entry.site, `when: ${name} is ${kindOf(field)} field — only enum and boolean fields can be checked`);
    const nodes = isSeq(entry.value) ? this.source.items(entry.value, entry.site, '') : [{ value: entry.value, site: entry.site }];
    if (nodes.length === 0) this.fail(entry.site, `when: ${name} lists no values — name at least one, e.g. ${name}: ${example(field) ?? 'a value'}`);
    return { field: name, values: nodes.map(({ value, site }) => this.member(field, value, site, 'when')) };
  }

  assignment(entry: Entry): EventAssignment {
    const field = this.field(entry);
    const name = field.names.camel;
    const value = scalarValue(entry.value ?? null);
    const site = this.source.site(entry.value, entry.site);
    if (entry.value === null) {
      if (!field.optional) {
        const settable = example(field);
        const fix = settable === undefined ? 'make it optional' : `set it to ${settable}, or make it optional`;
        this.fail(entry.site, `sets: ${name} is required, so it cannot be cleared with null — ${fix}`);
      }
      return { field: name, value: null };
    }
    if (field.kind === 'scalar' && (field.type === 'enum' || field.type === 'boolean'))
      return { field: name, value: this.member(field, entry.value, site, 'sets') };
    const now = field.kind === 'scalar' ? { datetime: 'now', date: 'today' }[field.type as string] : undefined;
    if (now === undefined)
      this.fail(entry.site, `sets: ${name} is ${kindOf(field)} field — only enum, boolean, date (today) and datetime (now) fields can be set, and optional fields cleared with null`);
    if (value !== now) this.fail(site, `sets: ${name} is a ${String((field as { type: string }).type)} field — set it to ${now}, or to null to clear it`);
    return { field: name, value: now };
  }

  /** A value of an enum or boolean field. */
  private member(field: Field, node: Node | null, site: Site, key: string): string | boolean {
    const value = scalarValue(node);
    const name = field.names.camel;
    const values = field.kind === 'scalar' ? (field.values ?? []) : [];
    if (field.kind === 'scalar' && field.type === 'boolean') {
      if (typeof value !== 'boolean') this.fail(site, `${name} is true or false, not "${String(value)}" — write true or false without quotes, e.g. ${key}: { ${name}: false }`);
      return value;
    }
    if (typeof value !== 'string' || !values.includes(value))
      this.fail(site, `"${String(value)}" is not a value of ${name} — ${suggestion(String(value), values)}`);
    return value;
  }
}

export function readTransition(event: string, parts: Entry[], source: YamlSource, owner: EventOwner): Transition {
  const reader = new TransitionReader(event, owner, source);
  const when = findEntry(parts, 'when');
  const sets = findEntry(parts, 'sets');
  return {
    ...(when ? { when: reader.entries(when, 'the values they must hold, e.g. when: { status: pending }').map((e) => reader.guard(e)) } : {}),
    ...(sets ? { sets: reader.entries(sets, 'their new values, e.g. sets: { status: placed }').map((e) => reader.assignment(e)) } : {}),
  };
}

function kindOf(field: Field): string {
  if (field.kind === 'scalar') return `a${/^[aeiou]/.test(field.type) ? 'n' : ''} ${field.type}`;
  return field.kind === 'reference' ? `a reference (${field.aggregate})` : `a value object (${field.valueObject})`;
}

/** A value `sets:` may give `field`, for a message; undefined when it can give none. */
function example(field: Field): string | undefined {
  if (field.kind !== 'scalar') return undefined;
  if (field.type === 'enum') return field.values?.[0];
  if (field.type === 'boolean') return 'true';
  return field.type === 'date' ? 'today' : field.type === 'datetime' ? 'now' : undefined;
}
