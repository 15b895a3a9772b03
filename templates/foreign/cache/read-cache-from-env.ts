/**
 * The read cache the environment asks for: Redis at REDIS_URL, shared by every instance of the
 * service, else one in this process; views live CACHE_TTL_SECONDS (default 60).
 */
import { createReadCache } from './create-read-cache.js';
import type { ReadCache } from './read-cache.js';

type Env = Record<string, string | undefined>;

export function readCacheFromEnv(env: Env = process.env): ReadCache {
  const ttl = env.CACHE_TTL_SECONDS?.trim() || '60';
  const ttlSeconds = Number(ttl);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > 86_400)
    throw new Error(`CACHE_TTL_SECONDS must be an integer from 1 to 86400, not ${ttl}`);
  const redisUrl = env.REDIS_URL?.trim() || undefined;
  return createReadCache({ redisUrl, ttlSeconds });
}
