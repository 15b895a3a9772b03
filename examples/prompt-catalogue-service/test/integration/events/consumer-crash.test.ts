/**
 * The key property: events published through the outbox reach consumers in other processes and
 * are applied exactly once per handler, although a consumer is killed (SIGKILL) mid-batch after
 * committing an event and before acking it; another consumer claims its entries and finishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import { domainEvent } from '../../../src/domain/shared/domain-event.js';
import { newId } from '../../../src/domain/shared/ids.js';
import type { Database } from '../../../src/infrastructure/db/client.js';
import { connectRedis } from '../../../src/infrastructure/events/redis-connection.js';
import { RedisEventPublisher } from '../../../src/infrastructure/events/redis-event-publisher.js';
import { OutboxRelay } from '../../../src/infrastructure/outbox/outbox-relay.js';
import {
  appendEvents,
  countRows,
  sharedDatabase,
} from '../../support/events/event-bus-database.js';
import { eventually } from '../../support/eventually.js';
import { redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';

const skip = (await redisSkipReason('the event-bus consumer crash test')) !== undefined;

const CONSUMER = fileURLToPath(new URL('../../support/events/proof-consumer.ts', import.meta.url));
const EVENTS = 30;
const HANG_AFTER = 7; // consumer A's first batch holds 10 entries: it dies with 4 of them pending

interface Consumer {
  process: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

describe.skipIf(skip)('consumers in other processes', () => {
  let redis: Redis;
  let shared: { database: Database; url: string; close(): Promise<void> };
  const stream = `${uniquePrefix()}:events`;
  const group = 'handlers';

  beforeAll(async () => {
    redis = new Redis(redisUrl);
    shared = await sharedDatabase();
  });
  afterAll(async () => {
    await redis.del(stream, `${stream}.dead`);
    await redis.quit();
    await shared.close();
  });

  function startConsumer(env: Record<string, string> = {}): Consumer {
    const child = spawn(process.execPath, ['--import', 'tsx', CONSUMER], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: shared.url,
        REDIS_URL: redisUrl,
        EVENT_STREAM: stream,
        EVENT_CONSUMER_GROUP: group,
        EVENT_CLAIM_IDLE_MS: '1000',
        EVENT_MAX_DELIVERIES: '5',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { process: child, output, exited };
  }

  const written = () => countRows(shared.database, 'tenants');
  const marked = (handler: string) =>
    countRows(shared.database, 'processed_messages', `handler = '${handler}'`);
  const pending = async () => Number((await redis.xpending(stream, group))[0]);

  it('apply each event exactly once per handler although one is killed mid-batch', async () => {
    const events = Array.from({ length: EVENTS }, (_, n) =>
      domainEvent('ProofRequested', newId(), { n }),
    );
    await appendEvents(shared.database, events);
    const publisher = new RedisEventPublisher(connectRedis(redisUrl, 'test', silentLogger), stream);
    await new OutboxRelay(
      shared.database,
      (e) => publisher.publish(e),
      silentLogger,
    ).deliverPending();
    await publisher.close();
    expect(await redis.xlen(stream)).toBe(EVENTS);

    const a = startConsumer({ PROOF_HANG_AFTER: String(HANG_AFTER) });
    try {
      await eventually(`consumer A to commit ${HANG_AFTER} events`, async () => {
        if (a.process.exitCode !== null) throw new Error(`A exited: ${a.output.join('')}`);
        return (await marked('recordB')) === HANG_AFTER;
      });
    } finally {
      a.process.kill('SIGKILL');
    }
    await a.exited;
    // A died holding its batch: the event it committed but did not ack, and 3 it never started
    expect(await pending()).toBe(10 - (HANG_AFTER - 1));

    const b = startConsumer();
    try {
      await eventually(
        'consumer B to claim and finish every event',
        async () =>
          (await marked('recordA')) >= EVENTS &&
          (await marked('recordB')) >= EVENTS &&
          (await pending()) === 0,
        30_000,
      );
      // each reaction wrote one row per event: a second run of any would show as one row more
      expect(await written()).toBe(EVENTS * 2);
      expect([await marked('recordA'), await marked('recordB')]).toEqual([EVENTS, EVENTS]);
      expect(await countRows(shared.database, 'processed_messages')).toBe(EVENTS * 2);
      expect(await redis.exists(`${stream}.dead`)).toBe(0);
    } finally {
      b.process.kill('SIGTERM');
    }
    // SIGTERM: B finishes, stops reading and exits cleanly
    expect(await b.exited, b.output.join('')).toBe(0);
  }, 60_000);
});
