/**
 * At most `max` requests per `windowMs` from one client IP, on every route but /health. The
 * counts live in this process (@fastify/rate-limit's memory store) or, when a Redis connection
 * is given (REDIS_URL), in Redis, shared by all instances; should Redis fail, requests pass.
 * Over the limit: 429 problem+json with Retry-After. No settings (tests) or `max` 0: no limit.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { replyProblem } from '../problem-reply.js';

export interface RateLimitSettings {
  readonly max: number;
  readonly windowMs: number;
  /** prefix of the Redis keys ('rate-limit:' unless given) */
  readonly keyPrefix?: string;
}

export async function useRateLimit(
  app: FastifyInstance,
  settings: RateLimitSettings | undefined,
  redis: Redis | undefined,
): Promise<void> {
  if (settings === undefined || settings.max === 0) return;
  const { max, windowMs, keyPrefix = 'rate-limit:' } = settings;
  await app.register(rateLimit, {
    global: false,
    max,
    timeWindow: windowMs,
    skipOnError: true,
    ...(redis && { redis, nameSpace: keyPrefix }),
  });
  const count = app.createRateLimit();
  app.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url?.startsWith('/health/')) return;
    const limit = await count(request);
    if (limit.isAllowed) return;
    void reply.headers({
      'x-ratelimit-limit': limit.max,
      'x-ratelimit-remaining': limit.remaining,
      'x-ratelimit-reset': limit.ttlInSeconds,
    });
    if (!limit.isExceeded) return;
    return replyProblem(
      request,
      reply.header('retry-after', limit.ttlInSeconds),
      429,
      'Too Many Requests',
      `more than ${max} requests in ${windowMs / 1000} s; retry after ${limit.ttlInSeconds} s`,
    );
  });
}
