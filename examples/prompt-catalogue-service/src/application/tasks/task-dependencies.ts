/**
 * The ports tasks use. The server (in-process runner) and the worker process build them from
 * the same configuration; a task reaches them through its context. Add a member per new port.
 */
import type { WebhookSender } from '../webhooks/webhook-sender.js';

export interface TaskDependencies {
  /** absent when WEBHOOK_URL is not set */
  readonly webhook?: WebhookSender;
}
