import type { ReadCache } from '../../application/read-cache.js';

/**
 * The cache of a single process, used when no REDIS_URL is set. Views are kept as JSON, like in
 * Redis, so a caller can never change a cached view; the oldest entry goes first when it is full.
 */
export class MemoryReadCache implements ReadCache {
  readonly #entries = new Map<string, { json: string; expiresAt: number }>();

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
    return Promise.resolve(JSON.parse(entry.json));
  }

  set(id: string, view: unknown): Promise<void> {
    this.#entries.delete(id);
    this.#entries.set(id, {
      json: JSON.stringify(view),
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
