/**
 * One ioredis connection for the adapters that use Redis. Commands fail fast (one retry, 1 s)
 * while Redis is away instead of queueing without end; connection errors are logged, not thrown.
 */
import { Redis } from 'ioredis';
import type { Logger } from '../../application/logger.js';

export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000 });
  redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis connection error'));
  return redis;
}
