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
