import { describe, expect, it } from 'vitest';
import { withReadCache } from '../../../src/application/cached-queries.js';
import { MemoryReadCache } from '../../../src/infrastructure/cache/memory-read-cache.js';

interface View {
  id: string;
  version: number;
}

/** Queries over an in-memory table that count how often the database was asked. */
class CountingQueries {
  readonly rows = new Map<string, View>();
  reads = 0;

  getById(id: string): Promise<View | undefined> {
    this.reads += 1;
    return Promise.resolve(this.rows.get(id));
  }

  list(): Promise<View[]> {
    return Promise.resolve([...this.rows.values()]);
  }
}

function setUp() {
  const things = new CountingQueries();
  things.rows.set('a', { id: 'a', version: 1 });
  const cache = new MemoryReadCache(60);
  return { things, cache, queries: withReadCache({ things }, cache) };
}

describe('withReadCache', () => {
  it('serves a second read by id from the cache', async () => {
    const { things, queries } = setUp();
    expect(await queries.things.getById('a')).toEqual({ id: 'a', version: 1 });
    expect(await queries.things.getById('a')).toEqual({ id: 'a', version: 1 });
    expect(things.reads).toBe(1);
  });

  it('reads the database again after the cache forgot the id', async () => {
    const { things, cache, queries } = setUp();
    await queries.things.getById('a');
    things.rows.set('a', { id: 'a', version: 2 });
    await cache.forget('a');
    expect(await queries.things.getById('a')).toEqual({ id: 'a', version: 2 });
    expect(things.reads).toBe(2);
  });

  it('does not remember a miss', async () => {
    const { things, queries } = setUp();
    expect(await queries.things.getById('b')).toBeUndefined();
    things.rows.set('b', { id: 'b', version: 1 });
    expect(await queries.things.getById('b')).toEqual({ id: 'b', version: 1 });
  });

  it('passes every other query to the database', async () => {
    const { queries } = setUp();
    expect(await queries.things.list()).toEqual([{ id: 'a', version: 1 }]);
  });
});
