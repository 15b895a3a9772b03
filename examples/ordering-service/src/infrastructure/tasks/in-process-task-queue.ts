/**
 * The default task queue when REDIS_URL is not set: tasks run inside this process, with the
 * same retries, exponential backoff and priorities as BullMQ, but nothing survives a restart
 * (jobs still queued or waiting for a retry when the process stops are lost, and logged).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../application/logger.js';
import type { TaskDependencies } from '../../application/tasks/task-dependencies.js';
import type { EnqueueOptions, TaskQueue } from '../../application/tasks/task-queue.js';
import { PermanentTaskError, type Task } from '../../application/tasks/task.js';

interface Job {
  readonly id: string;
  readonly task: Task;
  readonly payload: unknown;
  readonly priority: number;
  readonly sequence: number;
  readonly attempt: number;
}

export interface InProcessTaskQueueOptions {
  dependencies: TaskDependencies;
  logger: Logger;
  /** jobs run at once */
  concurrency: number;
}

/** BullMQ's exponential backoff: the n-th retry waits delayMs × 2^(n-1). */
export function backoffDelay(delayMs: number, failedAttempts: number): number {
  return Math.round(delayMs * 2 ** (failedAttempts - 1));
}

/** The payload as a worker would see it after Redis: a JSON copy (Dates become strings). */
function asJson(payload: unknown): unknown {
  return payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
}

export class InProcessTaskQueue implements TaskQueue {
  readonly #ready: Job[] = [];
  readonly #waiting = new Map<NodeJS.Timeout, Job>();
  readonly #running = new Set<Promise<void>>();
  readonly #idle: (() => void)[] = [];
  #sequence = 0;
  #scheduled = false;
  #closed = false;

  constructor(private readonly options: InProcessTaskQueueOptions) {}

  enqueue<TPayload>(
    task: Task<TPayload>,
    payload: TPayload,
    options: EnqueueOptions = {},
  ): Promise<string> {
    if (this.#closed) return Promise.reject(new Error('the task queue is closed'));
    const job: Job = {
      id: randomUUID(),
      task,
      payload: asJson(payload),
      priority: options.priority ?? task.options.priority,
      sequence: this.#sequence++,
      attempt: 1,
    };
    this.#later(job, options.delayMs ?? 0);
    return Promise.resolve(job.id);
  }

  /** Resolves once nothing is queued, waiting for a retry or running (tests use it). */
  idle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Lets the running jobs finish; drops the others (in memory only: they are lost). */
  async close(): Promise<void> {
    this.#closed = true;
    for (const timer of this.#waiting.keys()) clearTimeout(timer);
    const dropped = this.#ready.length + this.#waiting.size;
    this.#ready.length = 0;
    this.#waiting.clear();
    if (dropped > 0) this.options.logger.warn({ dropped }, 'task queue closed: jobs dropped');
    await Promise.all(this.#running);
  }

  #later(job: Job, delayMs: number): void {
    if (delayMs <= 0) return this.#add(job);
    const timer = setTimeout(() => {
      this.#waiting.delete(timer);
      this.#add(job);
    }, delayMs);
    this.#waiting.set(timer, job);
  }

  /** Keeps the ready jobs ordered by priority, then by the order they were queued. */
  #add(job: Job): void {
    const at = this.#ready.findIndex(
      (other) =>
        other.priority > job.priority ||
        (other.priority === job.priority && other.sequence > job.sequence),
    );
    this.#ready.splice(at === -1 ? this.#ready.length : at, 0, job);
    // start on the next turn, so that jobs queued together are taken in priority order
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(() => {
        this.#scheduled = false;
        this.#pump();
      });
    }
  }

  #pump(): void {
    while (this.#running.size < this.options.concurrency && !this.#closed) {
      const job = this.#ready.shift();
      if (job === undefined) break;
      const run: Promise<void> = this.#run(job).finally(() => {
        this.#running.delete(run);
        this.#pump();
      });
      this.#running.add(run);
    }
    if (this.#isIdle()) for (const resolve of this.#idle.splice(0)) resolve();
  }

  async #run(job: Job): Promise<void> {
    const { task, attempt } = job;
    const details = { task: task.name, jobId: job.id, attempt };
    try {
      await task.run(job.payload, {
        jobId: job.id,
        attempt,
        logger: this.options.logger,
        dependencies: this.options.dependencies,
      });
    } catch (error) {
      if (attempt >= task.options.attempts || error instanceof PermanentTaskError || this.#closed) {
        this.options.logger.error({ ...details, err: error }, 'task failed, giving up');
        return;
      }
      const delayMs = backoffDelay(task.options.backoff.delayMs, attempt);
      this.options.logger.warn({ ...details, delayMs, err: error }, 'task failed, will retry');
      this.#later({ ...job, attempt: attempt + 1, sequence: this.#sequence++ }, delayMs);
    }
  }

  #isIdle(): boolean {
    return this.#ready.length === 0 && this.#waiting.size === 0 && this.#running.size === 0;
  }
}
