import { describe, expect, it } from 'vitest';
import { MemoryReadCache } from '../../../src/infrastructure/cache/memory-read-cache.js';

describe('MemoryReadCache', () => {
  it('forgets a view when its time to live is over', async () => {
    let now = 0;
    const cache = new MemoryReadCache(10, 100, () => now);
    await cache.set('a', { n: 1 });
    now = 9_999;
    expect(await cache.get('a')).toEqual({ n: 1 });
    now = 10_000;
    expect(await cache.get('a')).toBeUndefined();
  });

  it('hands out copies: changing a view read from it changes nothing cached', async () => {
    const cache = new MemoryReadCache(60);
    await cache.set('a', { n: 1 });
    ((await cache.get('a')) as { n: number }).n = 2;
    expect(await cache.get('a')).toEqual({ n: 1 });
  });

  it('hands out deep copies: nested objects and lists are copied too', async () => {
    const cache = new MemoryReadCache(60);
    await cache.set('a', { tags: [{ name: 'x' }], owner: { id: 1 } });
    const read = (await cache.get('a')) as { tags: { name: string }[]; owner: { id: number } };
    read.tags[0]!.name = 'y';
    read.tags.push({ name: 'z' });
    read.owner.id = 2;
    expect(await cache.get('a')).toEqual({ tags: [{ name: 'x' }], owner: { id: 1 } });
  });

  it('keeps a view as a JSON round trip makes it, like the Redis cache', async () => {
    const cache = new MemoryReadCache(60);
    await cache.set('a', { at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined });
    expect(await cache.get('a')).toStrictEqual({ at: '2026-01-02T03:04:05.000Z' });
  });

  it('keeps a __proto__ key as a key of the view, as JSON.parse does', async () => {
    const cache = new MemoryReadCache(60);
    await cache.set('a', JSON.parse('{"labels":{"__proto__":{"polluted":true}}}'));
    const read = (await cache.get('a')) as { labels: Record<string, unknown> };
    expect(Object.keys(read.labels)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(read.labels)).toBe(Object.prototype);
  });

  it('drops the oldest view when it is full', async () => {
    const cache = new MemoryReadCache(60, 2);
    await cache.set('a', 1);
    await cache.set('b', 2);
    await cache.set('c', 3);
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual([
      undefined,
      2,
      3,
    ]);
  });
});
