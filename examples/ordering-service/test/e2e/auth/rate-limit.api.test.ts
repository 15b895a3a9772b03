import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import { connectRedis } from '../../../src/infrastructure/redis/redis-client.js';
import { buildApp } from '../../../src/interfaces/http/app.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';

describe('rate limiting (in memory)', () => {
  let t: TestApp;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp({ rateLimit: { max: 3, windowMs: 60_000 } });
    app = t.app;
  });
  afterAll(() => t.close());

  it('answers the request over the limit 429 problem+json with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await app.inject({ url: '/openapi.json' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['x-ratelimit-remaining']).toBe(String(2 - i));
    }
    const limited = await app.inject({ url: '/openapi.json' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('counts before authentication, so guessing credentials is limited too', async () => {
    const response = await app.inject({
      url: '/api/v1/anything',
      headers: { authorization: undefined },
    });
    expect(response.statusCode).toBe(429);
  });

  it('never limits the health endpoints', async () => {
    for (let i = 0; i < 10; i++)
      expect((await app.inject({ url: '/health/live' })).statusCode).toBe(200);
  });
});

describe('rate limiting with Redis away', () => {
  it('lets requests through (fail-open) instead of failing them', async () => {
    const t = await buildTestApp();
    const redis = connectRedis('redis://127.0.0.1:1', silentLogger);
    const app = await buildApp({
      services: { ...t.services, redis, rateLimit: { max: 1, windowMs: 60_000 } },
    });
    try {
      for (let i = 0; i < 3; i++)
        expect((await app.inject({ url: '/openapi.json' })).statusCode).toBe(200);
    } finally {
      await app.close();
      redis.disconnect();
      await t.close();
    }
  });
});
