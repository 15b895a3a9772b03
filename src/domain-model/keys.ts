/** Refuses keys a declaration does not know, with a "did you mean" when one is close. */
import { fail } from './site.js';
import { suggestion } from './suggest.js';
import { scalarValue, type Entry } from './yaml-source.js';

export function checkKeys(entries: Entry[], allowed: readonly string[], where: string): void {
  for (const entry of entries) {
    if (!allowed.includes(entry.key))
      fail(entry.site, `unknown ${where} key "${entry.key}" — ${suggestion(entry.key, allowed)}`);
  }
}

export function findEntry(entries: Entry[], key: string): Entry | undefined {
  return entries.find((entry) => entry.key === key);
}

/** `{ description }` when the entry holds text, `{}` when it is absent or empty. */
export function descriptionOf(entry: Entry | undefined): { description?: string } {
  const value = entry ? scalarValue(entry.value) : undefined;
  if (entry && typeof value !== 'string' && value !== null) fail(entry.site, 'description must be text');
  return typeof value === 'string' ? { description: value } : {};
}
