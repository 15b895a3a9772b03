/**
 * Runs queued tasks from Redis: one BullMQ worker per queue the registry's tasks use. BullMQ
 * retries a failed job with the task's backoff until its attempts are spent; closing lets the
 * running jobs finish first.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from '../../application/logger.js';
import type { TaskDependencies } from '../../application/tasks/task-dependencies.js';
import { PermanentTaskError, type Task } from '../../application/tasks/task.js';

export interface TaskWorkerSettings {
  readonly redisUrl: string;
  readonly prefix: string;
  /** jobs each queue's worker runs at once */
  readonly concurrency: number;
  readonly tasks: readonly Task[];
  readonly dependencies: TaskDependencies;
  readonly logger: Logger;
}

export interface TaskWorkers {
  readonly queues: readonly string[];
  /** resolves once every worker is connected and waiting for jobs */
  ready(): Promise<void>;
  /** stops taking jobs, waits for the running ones, disconnects */
  close(): Promise<void>;
}

export function startTaskWorkers(settings: TaskWorkerSettings): TaskWorkers {
  const { redisUrl, prefix, concurrency, logger } = settings;
  const tasks = new Map(settings.tasks.map((task) => [task.name, task]));
  const queues = [...new Set(settings.tasks.map((task) => task.options.queue))];

  const run = async (job: Job): Promise<void> => {
    const task = tasks.get(job.name);
    if (task === undefined) throw new UnrecoverableError(`no task is named ${job.name}`);
    try {
      await task.run(job.data, {
        jobId: job.id ?? '',
        attempt: job.attemptsMade + 1,
        logger,
        dependencies: settings.dependencies,
      });
    } catch (error) {
      if (error instanceof PermanentTaskError) throw new UnrecoverableError(error.message);
      throw error;
    }
  };

  const workers = queues.map((queue) => {
    const worker = new Worker(queue, run, { connection: { url: redisUrl }, prefix, concurrency });
    worker.on('failed', (job, error) => {
      const details = { task: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error };
      const retrying = job !== undefined && job.attemptsMade < (job.opts.attempts ?? 1);
      if (retrying) logger.warn(details, 'task failed, will retry');
      else logger.error(details, 'task failed, giving up');
    });
    worker.on('error', (error) => logger.error({ err: error, queue }, 'task worker error'));
    return worker;
  });

  return {
    queues,
    ready: async () => void (await Promise.all(workers.map((worker) => worker.waitUntilReady()))),
    close: async () => void (await Promise.all(workers.map((worker) => worker.close()))),
  };
}
