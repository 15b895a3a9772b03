import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { baseEnv } from '../../support/events/event-bus-database.js';

describe('the event bus settings', () => {
  it('default to no Redis (events in process) and to workable stream settings', () => {
    const config = loadConfig(baseEnv);
    expect(config.redisUrl).toBeUndefined();
    expect(config.eventStream).toBe('domain-events');
    expect(config.eventConsumerGroup).toBe('event-handlers');
    expect(config.eventMaxDeliveries).toBe(5);
    expect(config.eventClaimIdleMs).toBe(30_000);
  });

  it('read REDIS_URL and the stream settings', () => {
    const config = loadConfig({
      ...baseEnv,
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      EVENT_STREAM: 'prompts.events',
      EVENT_CONSUMER_GROUP: 'workers',
      EVENT_MAX_DELIVERIES: '3',
      EVENT_CLAIM_IDLE_MS: '5000',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379/2',
      eventStream: 'prompts.events',
      eventConsumerGroup: 'workers',
      eventMaxDeliveries: 3,
      eventClaimIdleMs: 5000,
    });
  });

  it.each([
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['REDIS_URL', 'not a url'],
    ['EVENT_STREAM', 'has spaces'],
    ['EVENT_CONSUMER_GROUP', ''],
    ['EVENT_MAX_DELIVERIES', '0'],
    ['EVENT_CLAIM_IDLE_MS', '10'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ ...baseEnv, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...baseEnv, [name]: value })).toThrow(name);
  });
});
