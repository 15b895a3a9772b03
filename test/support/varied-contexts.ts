/**
 * Contexts like a given one with every name, enum value, number bound, default and description
 * drawn again at random lengths (seeded, so a failure can be replayed): the inputs that move
 * prettier's line breaks in a rendered file. References and value-object types follow the
 * renaming, so each result renders like a domain file a user could write.
 */
import type { Aggregate, BoundedContext, DomainEvent, Field, Names } from '../../src/domain-model/types.js';
import { names } from '../../src/naming.js';

/** mulberry32: a small seeded generator, enough to vary test inputs reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// words that are no keyword, global or generated member name on their own or joined
const WORDS = ['q', 'line', 'order', 'item', 'quantity', 'settlement', 'invoice', 'shipping', 'customer', 'catalogue', 'reference', 'approximately', 'z'];

interface Draw {
  int(max: number): number;
  pick<T>(list: readonly T[]): T;
}

function draw(random: () => number): Draw {
  return {
    int: (max) => Math.floor(random() * (max + 1)),
    pick: (list) => list[Math.floor(random() * list.length)] as (typeof list)[number],
  };
}

/** A name of one to five words, unique within `taken` (a numbered word is added on a clash). */
function freshName(d: Draw, taken: Set<string>): Names {
  // mostly one or two words, as names are; now and then three or four
  const parts = Array.from({ length: 1 + (d.int(7) === 0 ? 2 + d.int(1) : d.int(1)) }, () => d.pick(WORDS));
  let candidate = names(parts.join(' '));
  for (let n = 2; taken.has(candidate.pascal.toLowerCase()) || taken.has(candidate.pluralPascal.toLowerCase()); n++)
    candidate = names(`${parts.join(' ')} v${n}`);
  taken.add(candidate.pascal.toLowerCase());
  taken.add(candidate.pluralPascal.toLowerCase());
  return candidate;
}

// descriptions are free text: now and then a word prettier measures as two columns a character
const PROSE = [...WORDS, 'プロンプト', 'façade'];

function sentence(d: Draw): string | undefined {
  if (d.int(3) === 0) return undefined;
  const words = Array.from({ length: 1 + d.int(24) }, () => d.pick(PROSE));
  return `${words.join(' ')}.`;
}

function bound(d: Draw): number {
  return d.int(10 ** (1 + d.int(6)));
}

function varyField(field: Field, d: Draw, renamedTypes: Map<string, string>, taken: Set<string>): Field {
  const varied: Field = { ...field, names: freshName(d, taken) };
  const description = sentence(d);
  if (description === undefined) delete varied.description;
  else varied.description = description;
  if (varied.kind === 'reference') return { ...varied, aggregate: renamedTypes.get(varied.aggregate) ?? varied.aggregate };
  if (varied.kind === 'valueObject') return { ...varied, valueObject: renamedTypes.get(varied.valueObject) ?? varied.valueObject };
  if (varied.type === 'enum') {
    const valueNames = new Set<string>();
    varied.values = Array.from({ length: 1 + d.int(6) }, () => freshName(d, valueNames).kebab);
    if (varied.default !== undefined) varied.default = varied.values[0] as string;
  }
  if (['int', 'decimal', 'money'].includes(varied.type)) {
    if (varied.min !== undefined) varied.min = bound(d);
    if (varied.max !== undefined) varied.max = (varied.min ?? 0) + bound(d) + 1;
    if (typeof varied.default === 'number') varied.default = varied.min ?? varied.max ?? bound(d);
  }
  if ((varied.type === 'string' || varied.type === 'text') && varied.pattern === undefined) {
    if (varied.max !== undefined) varied.max = Math.max(varied.min ?? 0, 1) + bound(d);
    if (typeof varied.default === 'string') varied.default = 'x'.repeat(Math.min(varied.max ?? 40, 1 + d.int(40)));
  }
  return varied;
}

function varyAggregate(aggregate: Aggregate, d: Draw, renamedTypes: Map<string, string>): Aggregate {
  const fieldsOf = (fields: Field[]) => {
    const taken = new Set<string>(['id', 'version']);
    return fields.map((f) => varyField(f, d, renamedTypes, taken));
  };
  const rename = (n: Names) => names(renamedTypes.get(n.pascal) ?? n.pascal);
  const withDescription = <T extends { description?: string }>(part: T): T => {
    const description = sentence(d);
    const copy = { ...part };
    if (description === undefined) delete copy.description;
    else copy.description = description;
    return copy;
  };
  const fields = fieldsOf(aggregate.fields);
  return withDescription({
    ...aggregate,
    names: rename(aggregate.names),
    fields,
    valueObjects: aggregate.valueObjects.map((v) => withDescription({ ...v, names: rename(v.names), fields: fieldsOf(v.fields) })),
    entities: aggregate.entities.map((e) => withDescription({ ...e, names: rename(e.names), fields: fieldsOf(e.fields) })),
    events: aggregate.events.map((e) => withDescription(retargetTransition({ ...e, names: rename(e.names) }, aggregate.fields, fields))),
  });
}

/** An event's when/sets moved onto the varied fields: the same field by position, an enum value by its index. */
function retargetTransition(event: DomainEvent, before: Field[], after: Field[]): DomainEvent {
  const moved = (name: string) => {
    const index = before.findIndex((f) => f.names.camel === name);
    return { from: before[index] as Field, to: after[index] as Field };
  };
  const value = (name: string, v: string | boolean | null): string | boolean | null => {
    const { from, to } = moved(name);
    if (typeof v !== 'string' || from.kind !== 'scalar' || from.type !== 'enum' || to.kind !== 'scalar') return v;
    const values = to.values ?? [];
    return values[(from.values ?? []).indexOf(v) % values.length] as string;
  };
  const copy = { ...event };
  if (event.when)
    copy.when = event.when.map((g) => ({
      field: moved(g.field).to.names.camel,
      values: [...new Set(g.values.map((v) => value(g.field, v) as string | boolean))],
    }));
  if (event.sets) copy.sets = event.sets.map((a) => ({ field: moved(a.field).to.names.camel, value: value(a.field, a.value) }));
  return copy;
}

/** `count` variations of `base`, the same for the same seed. */
export function variedContexts(base: BoundedContext, count: number, seed: number): BoundedContext[] {
  const d = draw(seededRandom(seed));
  return Array.from({ length: count }, () => {
    const taken = new Set<string>();
    const renamedTypes = new Map<string, string>();
    for (const a of base.aggregates) {
      renamedTypes.set(a.names.pascal, freshName(d, taken).pascal);
      for (const part of [...a.valueObjects, ...a.entities, ...a.events]) renamedTypes.set(part.names.pascal, freshName(d, taken).pascal);
    }
    return { ...base, aggregates: base.aggregates.map((a) => varyAggregate(a, d, renamedTypes)) };
  });
}

/**
 * `base` with its aggregates renamed to one word of each length from 1 to `longest` letters: a
 * choice prettier makes at the print width is met at every length, not just at random ones.
 */
export function nameLengthSweep(base: BoundedContext, longest: number): BoundedContext[] {
  return Array.from({ length: longest }, (_, i) => {
    const renamed = new Map(base.aggregates.map((a, n) => [a.names.pascal, `${String.fromCharCode(65 + n)}${'q'.repeat(i)}`]));
    const retype = (f: Field): Field =>
      f.kind === 'reference' ? { ...f, aggregate: renamed.get(f.aggregate) ?? f.aggregate } : f;
    return {
      ...base,
      aggregates: base.aggregates.map((a) => ({
        ...a,
        names: names(renamed.get(a.names.pascal) ?? a.names.pascal),
        fields: a.fields.map(retype),
        entities: a.entities.map((e) => ({ ...e, fields: e.fields.map(retype) })),
        valueObjects: a.valueObjects.map((v) => ({ ...v, fields: v.fields.map(retype) })),
      })),
    };
  });
}
