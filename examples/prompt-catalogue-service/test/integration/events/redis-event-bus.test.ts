import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventDispatcher } from '../../../src/application/events/event-dispatcher.js';
import { silentLogger } from '../../../src/application/logger.js';
import type { EventHandler, EventMessage } from '../../../src/application/message-bus.js';
import { domainEvent } from '../../../src/domain/shared/domain-event.js';
import type { Database } from '../../../src/infrastructure/db/client.js';
import { DrizzleProcessedMessages } from '../../../src/infrastructure/events/drizzle-processed-messages.js';
import { connectRedis } from '../../../src/infrastructure/events/redis-connection.js';
import { RedisEventPublisher } from '../../../src/infrastructure/events/redis-event-publisher.js';
import { RedisStreamConsumer } from '../../../src/infrastructure/events/redis-stream-consumer.js';
import { OutboxRelay } from '../../../src/infrastructure/outbox/outbox-relay.js';
import {
  appendEvents,
  closeDatabase,
  testDatabase,
} from '../../support/events/event-bus-database.js';
import { eventually } from '../../support/eventually.js';
import { redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';

const skip = (await redisSkipReason('the Redis Streams event bus tests')) !== undefined;

describe.skipIf(skip)('the Redis Streams event bus', () => {
  let redis: Redis;
  let database: Database;
  let stream: string;
  let consumer: RedisStreamConsumer | undefined;
  let consumerRedis: Redis | undefined;
  let publisher: RedisEventPublisher;

  beforeAll(() => {
    redis = new Redis(redisUrl);
  });
  afterAll(async () => {
    await redis.quit();
  });
  beforeEach(async () => {
    database = await testDatabase();
    stream = `${uniquePrefix()}:events`;
    publisher = new RedisEventPublisher(
      connectRedis(redisUrl, 'test-publisher', silentLogger),
      stream,
    );
  });
  afterEach(async () => {
    await consumer?.stop();
    await consumerRedis?.quit();
    consumer = undefined;
    consumerRedis = undefined;
    await publisher.close();
    await redis.del(stream, `${stream}.dead`);
    await closeDatabase(database);
  });

  function consume(handler: EventHandler, settings: { maxDeliveries: number }) {
    const dispatcher = new EventDispatcher({
      handlers: { PromptPublished: [handler] },
      processed: new DrizzleProcessedMessages(database),
      logger: silentLogger,
    });
    consumerRedis = connectRedis(redisUrl, 'test-consumer', silentLogger);
    consumer = new RedisStreamConsumer({
      redis: consumerRedis,
      stream,
      group: 'handlers',
      consumer: 'test-1',
      maxDeliveries: settings.maxDeliveries,
      claimIdleMs: 100,
      blockMs: 100,
      retryMs: 50,
      handle: (event) => dispatcher.dispatch(event),
      logger: silentLogger,
    });
    consumer.start();
  }

  const pending = async () => Number((await redis.xpending(stream, 'handlers'))[0]);

  it('delivers an event published through the outbox to a consumer, which handles it once', async () => {
    await appendEvents(database, [domainEvent('PromptPublished', 'p1', { n: 1 })]);
    await new OutboxRelay(database, (e) => publisher.publish(e), silentLogger).deliverPending();
    expect(await redis.xlen(stream)).toBe(1);
    const [[, fields] = ['', []]] = await redis.xrange(stream, '-', '+');
    const handled: EventMessage[] = [];
    async function record(event: EventMessage) {
      handled.push(event);
      return Promise.resolve();
    }
    consume(record, { maxDeliveries: 3 });
    await eventually('the event to be handled and acked', async () => {
      return handled.length === 1 && (await pending()) === 0;
    });
    // the relay is at-least-once: the same event published again is not handled again
    const duplicate = await redis.xadd(stream, '*', ...fields);
    await eventually('the duplicate to be read and acked', async () => {
      const [group] = (await redis.xinfo('GROUPS', stream)) as unknown[][];
      return group?.includes(duplicate) === true && (await pending()) === 0;
    });
    expect(handled.map((e) => [e.type, e.aggregateId, e.payload])).toEqual([
      ['PromptPublished', 'p1', { n: 1 }],
    ]);
  });

  it('moves an event whose handler keeps failing to the dead-letter stream after N deliveries', async () => {
    const event = {
      id: 'e-dead',
      type: 'PromptPublished',
      aggregateId: 'p1',
      occurredAt: new Date().toISOString(),
      payload: {},
    };
    await publisher.publish(event);
    let attempts = 0;
    async function broken() {
      attempts += 1;
      return Promise.reject(new Error('handler is down'));
    }
    consume(broken, { maxDeliveries: 3 });
    await eventually(
      'the dead-letter entry',
      async () => (await redis.xlen(`${stream}.dead`)) === 1,
    );
    expect(attempts).toBe(3);
    expect(await pending()).toBe(0);
    const [[, fields] = ['', []]] = await redis.xrange(`${stream}.dead`, '-', '+');
    const dead = Object.fromEntries(
      fields.flatMap((value, i) => (i % 2 === 0 ? [[value, fields[i + 1]]] : [])),
    );
    expect(dead).toMatchObject({ id: 'e-dead', deliveries: '3', consumer: 'test-1' });
    expect(dead.error).toContain('broken failed');
  });

  it('moves an entry that is not an event to the dead-letter stream at once', async () => {
    await redis.xadd(stream, '*', 'type', 'PromptPublished', 'payload', '{');
    let attempts = 0;
    async function record() {
      attempts += 1;
      return Promise.resolve();
    }
    consume(record, { maxDeliveries: 3 });
    await eventually(
      'the dead-letter entry',
      async () => (await redis.xlen(`${stream}.dead`)) === 1,
    );
    expect(attempts).toBe(0);
    expect(await pending()).toBe(0);
  });
});
