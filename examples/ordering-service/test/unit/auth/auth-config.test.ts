import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

const SECRET = 's'.repeat(32);
/** every other setting at its default */
const base = {};

describe('loadConfig: auth, rate limit and Redis', () => {
  it('runs without any of them outside production', () => {
    const config = loadConfig(base);
    expect(config.jwtSecret).toBeUndefined();
    expect(config.apiKeys).toEqual([]);
    expect(config.rateLimitMax).toBe(100);
    expect(config.rateLimitWindowMs).toBe(60_000);
    expect(config.redisUrl).toBeUndefined();
  });

  it('reads them', () => {
    const config = loadConfig({
      ...base,
      JWT_SECRET: SECRET,
      JWT_ISSUER: 'https://issuer.example',
      JWT_AUDIENCE: 'prompts',
      API_KEYS: `billing:${'k'.repeat(32)}:writer`,
      RATE_LIMIT_MAX: '0',
      RATE_LIMIT_WINDOW_MS: '1000',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
    });
    expect(config.jwtSecret).toBe(SECRET);
    expect(config.jwtIssuer).toBe('https://issuer.example');
    expect(config.jwtAudience).toBe('prompts');
    expect(config.apiKeys.map((key) => key.name)).toEqual(['billing']);
    expect(config.rateLimitMax).toBe(0);
    expect(config.rateLimitWindowMs).toBe(1000);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/2');
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: SECRET }).jwtSecret).toBe(
      SECRET,
    );
  });

  it.each([
    ['JWT_SECRET', 'too-short'],
    ['API_KEYS', 'billing:short:reader'],
    ['RATE_LIMIT_MAX', '-1'],
    ['RATE_LIMIT_WINDOW_MS', '10'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(name);
  });
});
