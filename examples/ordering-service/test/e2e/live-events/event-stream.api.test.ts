import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import {
  listenForEvents,
  openEventStream,
  readerHeaders,
  type EventStreamClient,
} from '../../support/event-stream-client.js';
import { CustomerMother } from '../../support/mothers/customer.mother.js';

describe('live domain events over a WebSocket (/api/v1/events/ws)', () => {
  let t: TestApp;
  let client: EventStreamClient;
  beforeAll(async () => {
    t = await buildTestApp();
    const url = await listenForEvents(t.app);
    client = await openEventStream(url, { headers: readerHeaders(t.app) });
  });
  afterAll(() => t.close());

  it('sends a subscriber the Created event of an aggregate written over HTTP', async () => {
    client.send({ type: 'subscribe', id: 'all' });
    client.send({ type: 'subscribe', id: 'mine', aggregateTypes: ['Customer'] });
    client.send({ type: 'subscribe', id: 'elsewhere', aggregateIds: ['no-such-id'] });
    for (const id of ['all', 'mine', 'elsewhere'])
      expect(await client.next()).toEqual({ type: 'subscribed', id });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      payload: CustomerMother.input(),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;

    const frame = await client.next((f) => f.type === 'event');
    expect(frame).toMatchObject({
      subscriptions: ['all', 'mine'],
      event: { type: 'CustomerCreated', aggregateId: id },
    });
  });

  it('stops sending what a client unsubscribed from', async () => {
    for (const id of ['all', 'mine', 'elsewhere']) {
      client.send({ type: 'unsubscribe', id });
      expect(await client.next()).toEqual({ type: 'unsubscribed', id });
    }
    client.send({ type: 'subscribe', id: 'later', eventTypes: ['CustomerCreated'] });
    expect(await client.next()).toEqual({ type: 'subscribed', id: 'later' });
    const payload = CustomerMother.input();
    await t.app.inject({ method: 'POST', url: '/api/v1/customers', payload });
    const frame = await client.next((f) => f.type === 'event');
    expect(frame).toMatchObject({ subscriptions: ['later'] });
  });
});
