/**
 * A background task: a named unit of work run outside the request, with its retry policy.
 * Define one per use, in a module of its own (`src/application/tasks/<task-name>.ts`).
 */
import type { Logger } from '../logger.js';
import type { TaskDependencies } from './task-dependencies.js';

export interface TaskOptions {
  /** the queue it is sent to (workers consume queues) */
  readonly queue: string;
  /** how many times it is tried in all, the first run included */
  readonly attempts: number;
  /** exponential: the n-th retry waits delayMs × 2^(n-1) */
  readonly backoff: { readonly type: 'exponential'; readonly delayMs: number };
  /** 1 (first) to 2 097 151 (last); equal priorities run in the order queued */
  readonly priority: number;
}

/** What a running task is told and given. */
export interface TaskContext {
  readonly jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  readonly attempt: number;
  readonly logger: Logger;
  readonly dependencies: TaskDependencies;
}

export interface Task<TPayload = unknown> {
  readonly name: string;
  readonly options: TaskOptions;
  /** Throws to fail the attempt (retried while attempts remain). The payload is JSON. */
  run(payload: TPayload, context: TaskContext): Promise<void>;
}

export const defaultTaskOptions: TaskOptions = {
  queue: 'default',
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 1000 },
  priority: 10,
};

export function defineTask<TPayload>(definition: {
  name: string;
  options?: Partial<TaskOptions>;
  run: Task<TPayload>['run'];
}): Task<TPayload> {
  return {
    name: definition.name,
    options: { ...defaultTaskOptions, ...definition.options },
    run: definition.run,
  };
}

/** Thrown by a task whose failure no retry can fix: the job fails at once. */
export class PermanentTaskError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentTaskError';
  }
}
