/**
 * POSTs webhook messages as JSON with fetch, signed the Standard Webhooks way
 * (webhook-id, webhook-timestamp, webhook-signature: v1,<base64 HMAC-SHA256>) when a secret is set.
 */
import { createHmac } from 'node:crypto';
import {
  WebhookRejectedError,
  type WebhookMessage,
  type WebhookSender,
} from '../../application/webhooks/webhook-sender.js';

export interface HttpWebhookSettings {
  readonly url: string;
  /** `whsec_<base64>` (the key is the decoded bytes) or any string (its UTF-8 bytes) */
  readonly secret?: string | undefined;
  readonly timeoutMs?: number;
}

export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = secret.startsWith('whsec_')
    ? Buffer.from(secret.slice('whsec_'.length), 'base64')
    : Buffer.from(secret, 'utf8');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

export class HttpWebhookSender implements WebhookSender {
  constructor(private readonly settings: HttpWebhookSettings) {}

  async send(message: WebhookMessage): Promise<void> {
    const body = JSON.stringify(message.body);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'webhook-id': message.id,
      'webhook-timestamp': String(timestamp),
      'webhook-event': message.type,
    };
    if (this.settings.secret !== undefined)
      headers['webhook-signature'] = signature(this.settings.secret, message.id, timestamp, body);
    const response = await fetch(this.settings.url, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(this.settings.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (!response.ok) throw new WebhookRejectedError(response.status);
  }
}
