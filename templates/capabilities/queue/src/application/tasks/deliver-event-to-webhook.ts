/**
 * Delivers one domain event to the outbound webhook (WEBHOOK_URL). A receiver that is down or
 * answers 5xx/408/429 gets the event again with backoff; one that refuses it (other 4xx) does not.
 */
import type { EventMessage } from '../message-bus.js';
import { WebhookRejectedError } from '../webhooks/webhook-sender.js';
import { defineTask, PermanentTaskError } from './task.js';

export const deliverEventToWebhook = defineTask<EventMessage>({
  name: 'deliver-event-to-webhook',
  options: { queue: 'webhooks', attempts: 8, backoff: { type: 'exponential', delayMs: 1000 } },
  async run(event, { dependencies, logger }) {
    if (dependencies.webhook === undefined) {
      logger.warn({ eventId: event.id }, 'WEBHOOK_URL is not set: webhook delivery skipped');
      return;
    }
    try {
      await dependencies.webhook.send({ id: event.id, type: event.type, body: event });
    } catch (error) {
      if (error instanceof WebhookRejectedError && !error.retryable)
        throw new PermanentTaskError(error.message, { cause: error });
      throw error;
    }
  },
});
