/**
 * Builds the task queue and the tasks' dependencies from the settings: BullMQ when REDIS_URL
 * is set (the worker process runs the jobs), else the in-process runner inside the server.
 */
import type { Logger } from '../../application/logger.js';
import type { TaskDependencies } from '../../application/tasks/task-dependencies.js';
import type { TaskQueue } from '../../application/tasks/task-queue.js';
import { HttpWebhookSender } from '../webhooks/http-webhook-sender.js';
import { BullMqTaskQueue } from './bullmq-task-queue.js';
import { InProcessTaskQueue } from './in-process-task-queue.js';

/** The configuration's task settings (the Config object fits). */
export interface TaskSettings {
  readonly redisUrl?: string | undefined;
  readonly queuePrefix?: string;
  readonly queueConcurrency?: number;
  readonly webhookUrl?: string | undefined;
  readonly webhookSecret?: string | undefined;
  /** event types delivered to the webhook */
  readonly webhookEvents?: readonly string[];
}

export type ClosableTaskQueue = TaskQueue & { close(): Promise<void> };

export function createTaskDependencies(settings: TaskSettings): TaskDependencies {
  const { webhookUrl, webhookSecret } = settings;
  return webhookUrl === undefined
    ? {}
    : { webhook: new HttpWebhookSender({ url: webhookUrl, secret: webhookSecret }) };
}

export function createTaskQueue(settings: TaskSettings, logger: Logger): ClosableTaskQueue {
  if (settings.redisUrl !== undefined)
    return new BullMqTaskQueue({
      redisUrl: settings.redisUrl,
      prefix: settings.queuePrefix ?? 'tasks',
      logger,
    });
  return new InProcessTaskQueue({
    dependencies: createTaskDependencies(settings),
    logger,
    concurrency: settings.queueConcurrency ?? 5,
  });
}
