import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../src/application/message-bus.js';
import { deliverEventToWebhook } from '../../../src/application/tasks/deliver-event-to-webhook.js';
import { BullMqTaskQueue } from '../../../src/infrastructure/tasks/bullmq-task-queue.js';
import { deleteKeys, redisSkipReason, redisUrl, uniquePrefix } from '../../support/redis.js';
import { startWebhookReceiver } from '../../support/webhook-receiver.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `npm run worker` as a child process (node + tsx, so that signals reach it directly). */
function spawnWorker(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: root,
    // the worker opens no database: any DATABASE_URL the configuration accepts will do
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

describe('the worker entry point', () => {
  it('exits 1 with one line saying why when REDIS_URL is not set', async () => {
    const { child, output } = spawnWorker({});
    expect(await exitCode(child)).toBe(1);
    const lines = output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/REDIS_URL.*in-process inside the server/);
  }, 20_000);
});

const skip = await redisSkipReason('the worker process test');

describe.skipIf(skip !== undefined)('the worker process (Redis)', () => {
  const prefix = uniquePrefix();
  let worker: ChildProcess | undefined;
  afterAll(async () => {
    // also when the test timed out while waiting: never leave the child running
    if (worker?.exitCode === null) worker.kill('SIGKILL');
    await deleteKeys(prefix);
  });

  it('runs a queued job, and on SIGTERM finishes it before exiting cleanly', async () => {
    const receiver = await startWebhookReceiver([], 800);
    const queue = new BullMqTaskQueue({ redisUrl, prefix });
    const jobs = new Queue(deliverEventToWebhook.options.queue, {
      connection: { url: redisUrl },
      prefix,
    });
    const { child, output } = spawnWorker({
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      WEBHOOK_URL: receiver.url,
      WEBHOOK_EVENTS: 'TenantCreated',
      LOG_LEVEL: 'info',
    });
    worker = child;
    try {
      const event: EventMessage = {
        id: '0190a6e4-0000-7000-8000-0000000000b1',
        type: 'TenantCreated',
        aggregateId: 't1',
        occurredAt: new Date().toISOString(),
        payload: {},
      };
      const jobId = await queue.enqueue(deliverEventToWebhook, event);

      // the request arrived; its answer is 800 ms away when the worker is told to stop
      const [request] = await receiver.waitFor(1, 20_000);
      expect(request?.headers['webhook-id']).toBe(event.id);
      child.kill('SIGTERM');

      expect(await exitCode(child)).toBe(0);
      expect(output()).toContain('worker stopped');
      const job = await jobs.getJob(jobId);
      expect(await job?.getState()).toBe('completed');
      expect(receiver.received).toHaveLength(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await Promise.all([queue.close(), jobs.close(), receiver.close()]);
    }
  }, 30_000);
});
