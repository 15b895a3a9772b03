import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisReadCache } from '../../../src/infrastructure/cache/redis-read-cache.js';
import { deleteKeys, redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';

const skip = await redisSkipReason('the Redis read cache tests');

describe.skipIf(skip !== undefined)('RedisReadCache', () => {
  const prefix = uniquePrefix();
  const instances = [
    new RedisReadCache(redisUrl, 60, `${prefix}:`),
    new RedisReadCache(redisUrl, 60, `${prefix}:`),
  ];
  afterAll(async () => {
    for (const cache of instances) await cache.close();
    await deleteKeys(prefix);
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
    const redis = new Redis(redisUrl);
    try {
      const ttl = await redis.ttl(`${prefix}:view:b`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
    } finally {
      await redis.quit();
    }
  });
});
