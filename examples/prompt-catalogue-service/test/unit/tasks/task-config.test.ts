import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

// a DATABASE_URL every database flavour of the service accepts
const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/app' };

describe('loadConfig: task queue and webhook', () => {
  it('runs tasks in-process with no webhook by default', () => {
    const config = loadConfig(base);
    expect(config.redisUrl).toBeUndefined();
    expect(config.queuePrefix).toBe('tasks');
    expect(config.queueConcurrency).toBe(5);
    expect(config.webhookUrl).toBeUndefined();
    expect(config.webhookEvents).toEqual([]);
  });

  it('reads Redis, the queue settings and the webhook subscription', () => {
    const config = loadConfig({
      ...base,
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      QUEUE_PREFIX: 'prompts:tasks',
      QUEUE_CONCURRENCY: '20',
      WEBHOOK_URL: 'https://hooks.example/in',
      WEBHOOK_SECRET: 'whsec_c2VjcmV0',
      WEBHOOK_EVENTS: 'TenantCreated, PromptPublished',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379/2',
      queuePrefix: 'prompts:tasks',
      queueConcurrency: 20,
      webhookUrl: 'https://hooks.example/in',
      webhookSecret: 'whsec_c2VjcmV0',
      webhookEvents: ['TenantCreated', 'PromptPublished'],
    });
  });

  it.each([
    ['REDIS_URL', { REDIS_URL: 'http://127.0.0.1:6379' }],
    ['QUEUE_PREFIX', { QUEUE_PREFIX: 'has space' }],
    ['QUEUE_CONCURRENCY', { QUEUE_CONCURRENCY: '0' }],
    ['WEBHOOK_URL', { WEBHOOK_URL: 'ftp://hooks.example' }],
    ['WEBHOOK_EVENTS', { WEBHOOK_URL: 'https://hooks.example' }],
    ['WEBHOOK_EVENTS', { WEBHOOK_URL: 'https://hooks.example', WEBHOOK_EVENTS: 'a b' }],
  ])('refuses a bad %s with a message naming it', (name, env) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(name);
  });
});
