import type { ReadCache } from '../../application/read-cache.js';

/** What JSON can hold: a view as it comes back from `JSON.parse`. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The cache of a single process, used when no REDIS_URL is set. A view is stored as a JSON round
 * trip makes it, like in Redis (dates become strings, undefined fields go), and every read hands
 * out a copy of it, so a caller can never change a cached view. (Copying is about 3× cheaper
 * than parsing the JSON again on every hit, and leaves less garbage.) The oldest entry goes first
 * when it is full.
 */
export class MemoryReadCache implements ReadCache {
  readonly #entries = new Map<string, { view: Json; expiresAt: number }>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(id: string): Promise<unknown> {
    const entry = this.#entries.get(id);
    if (entry === undefined) return Promise.resolve(undefined);
    if (entry.expiresAt <= this.now()) {
      this.#entries.delete(id);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(copyOf(entry.view));
  }

  set(id: string, view: unknown): Promise<void> {
    this.#entries.delete(id);
    this.#entries.set(id, {
      view: JSON.parse(JSON.stringify(view)) as Json,
      expiresAt: this.now() + this.ttlSeconds * 1000,
    });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    return Promise.resolve();
  }

  forget(id: string): Promise<void> {
    this.#entries.delete(id);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.#entries.clear();
    return Promise.resolve();
  }
}

/** A deep copy of what JSON.parse made; a `__proto__` key stays a key, as JSON.parse keeps it. */
function copyOf(value: Json): Json {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const copy: { [key: string]: Json } = {};
  for (const key of Object.keys(value)) {
    const item = copyOf(value[key] as Json);
    if (key === '__proto__') {
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else copy[key] = item;
  }
  return copy;
}
