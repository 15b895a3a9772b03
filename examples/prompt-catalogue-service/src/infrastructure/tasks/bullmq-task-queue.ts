/**
 * The task queue when REDIS_URL is set: jobs go to BullMQ queues in Redis (keys under the
 * configured prefix) and the worker process (`npm run worker`) runs them. Finished jobs are
 * kept for inspection up to a count, then the oldest are removed.
 */
import { Queue } from 'bullmq';
import type { Logger } from '../../application/logger.js';
import type { EnqueueOptions, TaskQueue } from '../../application/tasks/task-queue.js';
import type { Task } from '../../application/tasks/task.js';

export interface BullMqSettings {
  readonly redisUrl: string;
  /** namespaces every key of every queue */
  readonly prefix: string;
  /** completed jobs kept in Redis */
  readonly keepCompleted?: number;
  /** jobs that failed for good kept in Redis */
  readonly keepFailed?: number;
  /** told about connection errors (BullMQ keeps reconnecting) */
  readonly logger?: Logger;
}

export class BullMqTaskQueue implements TaskQueue {
  readonly #queues = new Map<string, Queue>();

  constructor(private readonly settings: BullMqSettings) {}

  async enqueue<TPayload>(
    task: Task<TPayload>,
    payload: TPayload,
    options: EnqueueOptions = {},
  ): Promise<string> {
    const job = await this.#queue(task.options.queue).add(task.name, payload, {
      attempts: task.options.attempts,
      backoff: { type: 'exponential', delay: task.options.backoff.delayMs },
      priority: options.priority ?? task.options.priority,
      delay: options.delayMs,
      removeOnComplete: { count: this.settings.keepCompleted ?? 1000 },
      removeOnFail: { count: this.settings.keepFailed ?? 5000 },
    });
    return job.id ?? '';
  }

  async close(): Promise<void> {
    await Promise.all([...this.#queues.values()].map((queue) => queue.close()));
    this.#queues.clear();
  }

  #queue(name: string): Queue {
    let queue = this.#queues.get(name);
    if (queue === undefined) {
      const { redisUrl, prefix } = this.settings;
      queue = new Queue(name, { connection: { url: redisUrl }, prefix });
      queue.on('error', (error) =>
        this.settings.logger?.error({ err: error, queue: name }, 'task queue error'),
      );
      this.#queues.set(name, queue);
    }
    return queue;
  }
}
