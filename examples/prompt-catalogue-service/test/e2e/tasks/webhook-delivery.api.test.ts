import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import { TenantMother } from '../../support/mothers/tenant.mother.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

describe('webhook delivery of domain events (in-process task runner)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver([500]);
    t = await buildTestApp({
      tasks: { webhookUrl: receiver.url, webhookEvents: ['TenantCreated'], webhookSecret: 's' },
    });
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('POSTs a subscribed event after commit, again after the receiver failed', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tenants',
      payload: TenantMother.input(),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;

    const requests = await receiver.waitFor(2, 10_000);
    const events = requests.map((r) => JSON.parse(r.body) as { type: string; aggregateId: string });
    expect(events.map((e) => [e.type, e.aggregateId])).toEqual([
      ['TenantCreated', id],
      ['TenantCreated', id],
    ]);
    expect(requests[1]?.headers['webhook-signature']).toMatch(/^v1,/);
  });
});
