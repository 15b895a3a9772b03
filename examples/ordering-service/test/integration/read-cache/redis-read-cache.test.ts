import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisReadCache } from '../../../src/infrastructure/cache/redis-read-cache.js';
import { TEST_REDIS_URL, testPrefix, withoutRedis } from '../../support/redis.js';

const skip = await withoutRedis();

describe.skipIf(skip)('RedisReadCache', () => {
  const prefix = testPrefix('read-cache');
  const instances = [
    new RedisReadCache(TEST_REDIS_URL, 60, prefix),
    new RedisReadCache(TEST_REDIS_URL, 60, prefix),
  ];
  afterAll(async () => {
    for (const cache of instances) await cache.close();
  });

  it('shares views between instances, and one forgetting is seen by the other', async () => {
    const [writer, reader] = instances as [RedisReadCache, RedisReadCache];
    await writer.set('a', { id: 'a', version: 1 });
    expect(await reader.get('a')).toEqual({ id: 'a', version: 1 });
    await reader.forget('a');
    expect(await writer.get('a')).toBeUndefined();
  });

  it('stores each view with its time to live', async () => {
    const [cache] = instances as [RedisReadCache];
    await cache.set('b', { id: 'b' });
    const redis = new Redis(TEST_REDIS_URL);
    try {
      const ttl = await redis.ttl(`${prefix}view:b`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
    } finally {
      await redis.del(`${prefix}view:b`);
      await redis.quit();
    }
  });
});
