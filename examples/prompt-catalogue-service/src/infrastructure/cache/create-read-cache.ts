import type { ReadCache } from '../../application/read-cache.js';
import { MemoryReadCache } from './memory-read-cache.js';
import { RedisReadCache } from './redis-read-cache.js';

export interface ReadCacheOptions {
  /** Redis shared by every instance; without it each process keeps a cache of its own */
  redisUrl?: string | undefined;
  ttlSeconds?: number | undefined;
  /** key prefix in Redis (tests: one of their own) */
  prefix?: string | undefined;
}

export function createReadCache(options: ReadCacheOptions): ReadCache {
  const ttlSeconds = options.ttlSeconds ?? 60;
  return options.redisUrl === undefined
    ? new MemoryReadCache(ttlSeconds)
    : new RedisReadCache(options.redisUrl, ttlSeconds, options.prefix);
}
