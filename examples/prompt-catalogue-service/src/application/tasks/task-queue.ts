/** The port command and event handlers use to run a task in the background. */
import type { Task } from './task.js';

export interface EnqueueOptions {
  /** overrides the task's priority for this job */
  readonly priority?: number;
  /** waits this long before the first run */
  readonly delayMs?: number;
}

export interface TaskQueue {
  /** Queues one run of the task; resolves with the job id once it is queued, not run. */
  enqueue<TPayload>(
    task: Task<TPayload>,
    payload: TPayload,
    options?: EnqueueOptions,
  ): Promise<string>;
}
