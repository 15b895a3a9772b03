import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import type { EventMessage } from '../../../src/application/message-bus.js';
import { deliverEventToWebhook } from '../../../src/application/tasks/deliver-event-to-webhook.js';
import { taskRegistry } from '../../../src/application/tasks/registry.js';
import type { TaskDependencies } from '../../../src/application/tasks/task-dependencies.js';
import type { TaskQueue } from '../../../src/application/tasks/task-queue.js';
import { PermanentTaskError, type TaskContext } from '../../../src/application/tasks/task.js';
import {
  WebhookRejectedError,
  type WebhookMessage,
} from '../../../src/application/webhooks/webhook-sender.js';
import { withWebhookDeliveries } from '../../../src/application/webhooks/webhook-subscriptions.js';

const event: EventMessage = {
  id: '0190a6e4-0000-7000-8000-000000000001',
  type: 'TenantCreated',
  aggregateId: 'a1',
  occurredAt: '2025-01-01T00:00:00.000Z',
  payload: { name: 'Acme' },
};

function context(dependencies: TaskDependencies, warn = vi.fn()): TaskContext {
  return { jobId: 'j1', attempt: 1, logger: { ...silentLogger, warn }, dependencies };
}

describe('the deliver-event-to-webhook task', () => {
  it('is registered, so that the worker can run it', () => {
    expect(taskRegistry).toContain(deliverEventToWebhook);
    expect(new Set(taskRegistry.map((task) => task.name)).size).toBe(taskRegistry.length);
  });

  it('sends the event, identified by its id, to the webhook', async () => {
    const sent: WebhookMessage[] = [];
    const webhook = { send: (message: WebhookMessage) => Promise.resolve(void sent.push(message)) };
    await deliverEventToWebhook.run(event, context({ webhook }));
    expect(sent).toEqual([{ id: event.id, type: 'TenantCreated', body: event }]);
  });

  it('is skipped, with a warning, when no webhook is configured', async () => {
    const warn = vi.fn();
    await deliverEventToWebhook.run(event, context({}, warn));
    expect(warn).toHaveBeenCalledOnce();
  });

  it('fails for a retry on 5xx, 408 and 429, and for good on other refusals', async () => {
    const answering = (status: number) => ({
      webhook: { send: () => Promise.reject(new WebhookRejectedError(status)) },
    });
    for (const status of [500, 503, 408, 429]) {
      const failure = deliverEventToWebhook.run(event, context(answering(status)));
      await expect(failure).rejects.toBeInstanceOf(WebhookRejectedError);
    }
    for (const status of [400, 404, 410]) {
      const failure = deliverEventToWebhook.run(event, context(answering(status)));
      await expect(failure).rejects.toBeInstanceOf(PermanentTaskError);
    }
  });
});

describe('withWebhookDeliveries', () => {
  it('adds a handler queueing the delivery to each subscribed type, keeping the others', async () => {
    const enqueued: unknown[] = [];
    const queue: TaskQueue = {
      enqueue: (task, payload) => Promise.resolve(String(enqueued.push([task.name, payload]))),
    };
    const existing = vi.fn(() => Promise.resolve());
    const handlers = withWebhookDeliveries(
      { TenantCreated: [existing], TagCreated: [existing] },
      ['TenantCreated', 'PromptPublished'],
      queue,
    );
    expect(handlers.TagCreated).toEqual([existing]);
    expect(handlers.TenantCreated).toHaveLength(2);
    expect(handlers.PromptPublished).toHaveLength(1);
    for (const handler of handlers.TenantCreated ?? []) await handler(event);
    expect(existing).toHaveBeenCalledOnce();
    expect(enqueued).toEqual([['deliver-event-to-webhook', event]]);
  });
});
