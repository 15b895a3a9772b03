import { Queue } from 'bullmq';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import type { EventMessage } from '../../../src/application/message-bus.js';
import { deliverEventToWebhook } from '../../../src/application/tasks/deliver-event-to-webhook.js';
import { taskRegistry } from '../../../src/application/tasks/registry.js';
import { defineTask, PermanentTaskError, type Task } from '../../../src/application/tasks/task.js';
import { BullMqTaskQueue } from '../../../src/infrastructure/tasks/bullmq-task-queue.js';
import {
  startTaskWorkers,
  type TaskWorkers,
} from '../../../src/infrastructure/tasks/bullmq-task-worker.js';
import { HttpWebhookSender } from '../../../src/infrastructure/webhooks/http-webhook-sender.js';
import { eventually } from '../../support/eventually.js';
import { deleteKeys, redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';
import { startWebhookReceiver } from '../../support/webhook-receiver.js';

const skip = await redisSkipReason('the BullMQ task queue tests');

describe.skipIf(skip !== undefined)('BullMQ task queue and worker (Redis)', () => {
  const prefix = uniquePrefix();
  const queue = new BullMqTaskQueue({ redisUrl, prefix });
  const open: { close(): Promise<unknown> }[] = [];

  function workers(tasks: readonly Task[], concurrency = 1): TaskWorkers {
    const started = startTaskWorkers({
      redisUrl,
      prefix,
      concurrency,
      tasks,
      dependencies: {},
      logger: silentLogger,
    });
    open.push(started);
    return started;
  }

  /** The job's state once it has finished (completed or failed). */
  async function finished(queueName: string, jobId: string) {
    const jobs = new Queue(queueName, { connection: { url: redisUrl }, prefix });
    open.push(jobs);
    return eventually(`job ${jobId} to finish`, async () => {
      const state = await jobs.getJobState(jobId);
      // read the job after its final state, not before (it may have been running then)
      if (state === 'completed' || state === 'failed')
        return { state, job: await jobs.getJob(jobId) };
      return undefined;
    });
  }

  afterEach(async () => {
    await Promise.all(open.splice(0).map((closable) => closable.close()));
  });
  afterAll(async () => {
    await queue.close();
    await deleteKeys(prefix);
  });

  it('runs a queued task that failed on its first attempt to success on the second', async () => {
    const receiver = await startWebhookReceiver([503]);
    open.push(receiver);
    const started = startTaskWorkers({
      redisUrl,
      prefix,
      concurrency: 1,
      tasks: taskRegistry,
      dependencies: { webhook: new HttpWebhookSender({ url: receiver.url }) },
      logger: silentLogger,
    });
    open.push(started);
    const event: EventMessage = {
      id: '0190a6e4-0000-7000-8000-00000000000a',
      type: 'TenantCreated',
      aggregateId: 't1',
      occurredAt: new Date().toISOString(),
      payload: { name: 'Acme' },
    };

    const jobId = await queue.enqueue(deliverEventToWebhook, event);
    const { state, job } = await finished(deliverEventToWebhook.options.queue, jobId);

    expect(state).toBe('completed');
    expect(job?.attemptsMade).toBe(2);
    const requests = await receiver.waitFor(2);
    expect(requests.map((r) => r.headers['webhook-id'])).toEqual([event.id, event.id]);
    expect(requests.map((r) => JSON.parse(r.body) as unknown)).toEqual([event, event]);
  });

  it('retries with exponential backoff, telling the task its attempt', async () => {
    const runs: { attempt: number; at: number }[] = [];
    const flaky = defineTask<{ n: number }>({
      name: 'flaky',
      options: { queue: 'flaky', attempts: 3, backoff: { type: 'exponential', delayMs: 200 } },
      run: (_payload, { attempt }) => {
        runs.push({ attempt, at: Date.now() });
        return attempt < 3 ? Promise.reject(new Error('not yet')) : Promise.resolve();
      },
    });
    workers([flaky]);
    const { state } = await finished('flaky', await queue.enqueue(flaky, { n: 1 }));
    expect(state).toBe('completed');
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(runs[1]!.at - runs[0]!.at).toBeGreaterThanOrEqual(200);
    expect(runs[2]!.at - runs[1]!.at).toBeGreaterThanOrEqual(400);
  });

  it('gives up after the last attempt, and at once on a permanent failure', async () => {
    let runs = 0;
    const failing = defineTask<null>({
      name: 'failing',
      options: { queue: 'failing', attempts: 2, backoff: { type: 'exponential', delayMs: 10 } },
      run: () => Promise.reject(new Error(`failure ${++runs}`)),
    });
    const refused = defineTask<null>({
      name: 'refused',
      options: { queue: 'failing', attempts: 5 },
      run: () => Promise.reject(new PermanentTaskError('no use retrying')),
    });
    workers([failing, refused]);
    const gaveUp = await finished('failing', await queue.enqueue(failing, null));
    expect(gaveUp.state).toBe('failed');
    expect(gaveUp.job?.attemptsMade).toBe(2);
    expect(runs).toBe(2);
    const refusal = await finished('failing', await queue.enqueue(refused, null));
    expect(refusal.state).toBe('failed');
    expect(refusal.job?.attemptsMade).toBe(1);
    expect(refusal.job?.failedReason).toBe('no use retrying');
  });

  it('takes waiting jobs by priority, then in the order queued', async () => {
    const order: string[] = [];
    const record = defineTask<string>({
      name: 'record',
      options: { queue: 'ordered' },
      run: (label) => Promise.resolve(void order.push(label)),
    });
    const ids = [
      await queue.enqueue(record, 'normal-1'),
      await queue.enqueue(record, 'low', { priority: 50 }),
      await queue.enqueue(record, 'urgent', { priority: 1 }),
      await queue.enqueue(record, 'normal-2'),
    ];
    workers([record]);
    for (const id of ids) await finished('ordered', id);
    expect(order).toEqual(['urgent', 'normal-1', 'normal-2', 'low']);
  });
});
