import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger, type Logger } from '../../../src/application/logger.js';
import { defineTask, PermanentTaskError } from '../../../src/application/tasks/task.js';
import {
  backoffDelay,
  InProcessTaskQueue,
} from '../../../src/infrastructure/tasks/in-process-task-queue.js';

function queue(concurrency = 1, logger: Logger = silentLogger): InProcessTaskQueue {
  return new InProcessTaskQueue({ dependencies: {}, logger, concurrency });
}

/** A task that fails its first `failures` runs, recording when each run started. */
function flaky(failures: number, attempts: number) {
  const runs: { attempt: number; at: number }[] = [];
  const task = defineTask<{ n: number }>({
    name: 'flaky',
    options: { attempts, backoff: { type: 'exponential', delayMs: 100 } },
    run: (_payload, { attempt }) => {
      runs.push({ attempt, at: Date.now() });
      return runs.length <= failures
        ? Promise.reject(new Error(`failure ${runs.length}`))
        : Promise.resolve();
    },
  });
  return { task, runs };
}

describe('InProcessTaskQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('computes the exponential backoff the way BullMQ does', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(100, n))).toEqual([100, 200, 400, 800]);
  });

  it('retries a failing task with exponential backoff until it succeeds', async () => {
    const warn = vi.fn();
    const q = queue(1, { ...silentLogger, warn });
    const { task, runs } = flaky(2, 5);
    await q.enqueue(task, { n: 1 });
    await vi.runAllTimersAsync();
    await q.idle();
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    // waits of 100 then 200 ms (plus the turn of the event loop each run starts on)
    const waits = [runs[1]!.at - runs[0]!.at, runs[2]!.at - runs[1]!.at];
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[0]).toBeLessThan(105);
    expect(waits[1]).toBeGreaterThanOrEqual(200);
    expect(waits[1]).toBeLessThan(205);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('gives up after the last attempt and logs the failure', async () => {
    const error = vi.fn();
    const q = queue(1, { ...silentLogger, error });
    const { task, runs } = flaky(10, 3);
    await q.enqueue(task, { n: 1 });
    await vi.runAllTimersAsync();
    await q.idle();
    expect(runs.map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]?.[1]).toBe('task failed, giving up');
  });

  it('does not retry a task that fails permanently', async () => {
    let runs = 0;
    const task = defineTask<null>({
      name: 'refused',
      options: { attempts: 5 },
      run: () => Promise.reject(new PermanentTaskError(`refused ${++runs}`)),
    });
    const q = queue();
    await q.enqueue(task, null);
    await vi.runAllTimersAsync();
    await q.idle();
    expect(runs).toBe(1);
  });

  it('runs the jobs queued together by priority, then in the order queued', async () => {
    const order: string[] = [];
    const task = defineTask<string>({
      name: 'record',
      run: (label) => Promise.resolve(void order.push(label)),
    });
    const q = queue(1);
    await q.enqueue(task, 'normal-1');
    await q.enqueue(task, 'low', { priority: 50 });
    await q.enqueue(task, 'urgent', { priority: 1 });
    await q.enqueue(task, 'normal-2');
    await vi.runAllTimersAsync();
    await q.idle();
    expect(order).toEqual(['urgent', 'normal-1', 'normal-2', 'low']);
  });

  it('runs no more jobs at once than its concurrency, and hands tasks a JSON copy', async () => {
    let running = 0;
    let most = 0;
    const seen: unknown[] = [];
    const task = defineTask<{ at: Date }>({
      name: 'slow',
      run: async (payload) => {
        seen.push(payload.at);
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
      },
    });
    const q = queue(2);
    for (let i = 0; i < 5; i++) await q.enqueue(task, { at: new Date(0) });
    await vi.runAllTimersAsync();
    await q.idle();
    expect(most).toBe(2);
    expect(seen).toEqual(Array(5).fill('1970-01-01T00:00:00.000Z'));
  });

  it('waits for the running job on close, drops the rest and refuses new jobs', async () => {
    const warn = vi.fn();
    const done: string[] = [];
    const task = defineTask<string>({
      name: 'slow',
      run: async (label) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        done.push(label);
      },
    });
    const q = queue(1, { ...silentLogger, warn });
    await q.enqueue(task, 'first');
    await q.enqueue(task, 'second');
    await vi.advanceTimersByTimeAsync(1);
    const closed = q.close();
    await vi.runAllTimersAsync();
    await closed;
    expect(done).toEqual(['first']);
    expect(warn).toHaveBeenCalledWith({ dropped: 1 }, 'task queue closed: jobs dropped');
    await expect(q.enqueue(task, 'third')).rejects.toThrow('closed');
  });
});
