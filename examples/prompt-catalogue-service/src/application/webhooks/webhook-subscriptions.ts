/** Subscribes the outbound webhook to event types: each such event queues its delivery task. */
import type { EventHandlerMap } from '../message-bus.js';
import { deliverEventToWebhook } from '../tasks/deliver-event-to-webhook.js';
import type { TaskQueue } from '../tasks/task-queue.js';

/** The handlers, plus one per subscribed event type that queues the delivery. */
export function withWebhookDeliveries(
  handlers: EventHandlerMap,
  eventTypes: readonly string[],
  queue: TaskQueue,
): EventHandlerMap {
  const merged: Record<string, EventHandlerMap[string]> = { ...handlers };
  for (const type of eventTypes)
    merged[type] = [
      ...(handlers[type] ?? []),
      async (event) => void (await queue.enqueue(deliverEventToWebhook, event)),
    ];
  return merged;
}
