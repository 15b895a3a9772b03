/**
 * A short hash of an aggregate's definition (names, fields, value objects, entities, events),
 * ignoring where it was declared. Kept in `.yo-rc.json`, it tells a re-run of the same
 * definition (nothing to do) from a changed one (needs a migration).
 */
import { createHash } from 'node:crypto';
import type { Aggregate } from '../domain-model/types.js';

function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'origin')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, withoutOrigins(v)]),
    );
  }
  return value;
}

export function aggregateFingerprint(aggregate: Aggregate): string {
  return createHash('sha256').update(JSON.stringify(withoutOrigins(aggregate))).digest('hex').slice(0, 16);
}
