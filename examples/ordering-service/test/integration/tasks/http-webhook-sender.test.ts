import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebhookRejectedError } from '../../../src/application/webhooks/webhook-sender.js';
import { HttpWebhookSender } from '../../../src/infrastructure/webhooks/http-webhook-sender.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver.js';

const message = { id: 'evt-1', type: 'TenantCreated', body: { id: 'evt-1', payload: { n: 1 } } };

describe('HttpWebhookSender', () => {
  let receiver: WebhookReceiver;
  beforeEach(async () => {
    receiver = await startWebhookReceiver([503]);
  });
  afterEach(() => receiver.close());

  it('POSTs the JSON body with Standard Webhooks headers a receiver can verify', async () => {
    const secret = `whsec_${Buffer.from('top secret').toString('base64')}`;
    const sender = new HttpWebhookSender({ url: receiver.url, secret });
    await expect(sender.send(message)).rejects.toEqual(new WebhookRejectedError(503));
    await sender.send(message);

    const { headers, body } = (await receiver.waitFor(2))[1]!;
    expect(JSON.parse(body)).toEqual(message.body);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['webhook-id']).toBe('evt-1');
    expect(headers['webhook-event']).toBe('TenantCreated');
    const timestamp = String(headers['webhook-timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const expected = createHmac('sha256', 'top secret')
      .update(`evt-1.${timestamp}.${body}`)
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('sends no signature without a secret, and fails when nothing listens', async () => {
    await receiver.close();
    const sender = new HttpWebhookSender({ url: receiver.url, timeoutMs: 2000 });
    await expect(sender.send(message)).rejects.toThrow();
    receiver = await startWebhookReceiver();
    await new HttpWebhookSender({ url: receiver.url }).send(message);
    const { headers } = (await receiver.waitFor(1))[0]!;
    expect(headers['webhook-signature']).toBeUndefined();
  });
});
