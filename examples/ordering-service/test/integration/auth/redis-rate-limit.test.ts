import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import { connectRedis } from '../../../src/infrastructure/redis/redis-client.js';
import { buildApp } from '../../../src/interfaces/http/app.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import { deleteKeys, redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';

const skip = await redisSkipReason('the Redis rate-limit tests');

describe.skipIf(skip !== undefined)('rate limiting in Redis', () => {
  const prefix = uniquePrefix();
  const keyPrefix = `${prefix}:`;
  let t: TestApp;
  const redises: Redis[] = [];
  const apps: FastifyInstance[] = [];

  async function instance(): Promise<FastifyInstance> {
    const redis = connectRedis(redisUrl, silentLogger);
    const rateLimit = { max: 3, windowMs: 60_000, keyPrefix };
    const app = await buildApp({ services: { ...t.services, redis, rateLimit } });
    redises.push(redis);
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const redis of redises) await redis.quit();
    await t?.close();
    await deleteKeys(prefix);
  });

  it('gives two instances one shared budget per client', async () => {
    const first = await instance();
    const second = await instance();
    const status = async (app: FastifyInstance) =>
      (await app.inject({ url: '/openapi.json' })).statusCode;

    expect(await status(first)).toBe(200);
    expect(await status(second)).toBe(200);
    expect(await status(first)).toBe(200);
    const limited = await second.inject({ url: '/openapi.json' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await status(first)).toBe(429);

    const redis = redises[0] as Redis;
    const [key, ...others] = await redis.keys(`${keyPrefix}*`);
    expect(others).toEqual([]);
    expect(Number(await redis.get(key ?? ''))).toBe(5);
    expect(await redis.pttl(key ?? '')).toBeGreaterThan(0);
  });
});
