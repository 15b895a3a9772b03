import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/application/logger.js';
import type { EventMessage } from '../../src/application/message-bus.js';
import { domainEvent } from '../../src/domain/shared/domain-event.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { OutboxRelay } from '../../src/infrastructure/outbox/outbox-relay.js';
import { appendToOutbox } from '../../src/infrastructure/outbox/outbox-store.js';
import { migratedDatabase } from '../support/test-database.js';

describe('OutboxRelay', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  it('delivers committed events in order, once, and marks them delivered', async () => {
    appendToOutbox(database, [domainEvent('A', 'x', { n: 1 }), domainEvent('B', 'x', { n: 2 })]);
    const delivered: EventMessage[] = [];
    const relay = new OutboxRelay(
      database,
      (e) => Promise.resolve(void delivered.push(e)),
      silentLogger,
    );
    await relay.deliverPending();
    await relay.deliverPending();
    expect(delivered.map((e) => [e.type, e.payload])).toEqual([
      ['A', { n: 1 }],
      ['B', { n: 2 }],
    ]);
  });

  it('keeps an event it could not deliver, to try again (at least once)', async () => {
    appendToOutbox(database, [domainEvent('A', 'x', {})]);
    const failing = new OutboxRelay(
      database,
      () => Promise.reject(new Error('down')),
      silentLogger,
    );
    await failing.deliverPending();
    const delivered: string[] = [];
    await new OutboxRelay(
      database,
      (e) => Promise.resolve(void delivered.push(e.type)),
      silentLogger,
    ).deliverPending();
    expect(delivered).toEqual(['A']);
  });

  it('shows each delivered event to its observers, and a failing observer stops nothing', async () => {
    appendToOutbox(database, [domainEvent('A', 'x', {}), domainEvent('B', 'y', {})]);
    const seen: string[] = [];
    const relay = new OutboxRelay(database, () => Promise.resolve(), silentLogger);
    relay.observe(() => Promise.reject(new Error('observer down')));
    relay.observe((e) => Promise.resolve(void seen.push(e.aggregateId)));
    await relay.deliverPending();
    await relay.deliverPending();
    expect(seen).toEqual(['x', 'y']);
  });
});
