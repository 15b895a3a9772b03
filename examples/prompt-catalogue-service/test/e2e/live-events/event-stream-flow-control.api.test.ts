import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BootstrapOptions } from '../../../src/bootstrap.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import {
  listenForEvents,
  openEventStream,
  readerHeaders,
  type EventStreamClient,
} from '../../support/event-stream-client.js';

const LARGE = 'x'.repeat(64 * 1024);

function bigEvent(n: number) {
  return {
    id: `e-${n}`,
    type: 'ProofHappened',
    aggregateId: 'proof',
    occurredAt: new Date().toISOString(),
    payload: { n, text: LARGE },
  };
}

describe('flow control of the live event stream', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  async function start(websocket: BootstrapOptions['websocket']) {
    t = await buildTestApp({ websocket });
    const url = await listenForEvents(t.app);
    const app = t.app;
    return async (options = {}): Promise<EventStreamClient> => {
      const client = await openEventStream(url, { headers: readerHeaders(app), ...options });
      client.send({ type: 'subscribe', id: 'all' });
      await client.next((f) => f.type === 'subscribed');
      return client;
    };
  }

  it('closes a client that reads too slowly (1013), while another gets every event', async () => {
    const connect = await start({
      websocketMaxBufferedBytes: 256 * 1024,
      websocketHeartbeatSeconds: 60,
    });
    const fast = await connect();
    const slow = await connect();
    slow.socket.pause();

    const count = 400; // 25 MiB: more than the kernel buffers between the two sockets hold
    for (let n = 1; n <= count; n += 1) {
      await t?.services.eventHub.publish(bigEvent(n));
      await fast.next((f) => f.type === 'event');
    }
    slow.socket.resume();

    expect((await slow.closed).code).toBe(1013);
    expect(fast.frames.filter((f) => f.type === 'event')).toHaveLength(count);
    expect(fast.socket.readyState).toBe(fast.socket.OPEN);
  }, 60_000);

  it('terminates a client that does not answer pings, and keeps one that does', async () => {
    const connect = await start({ websocketHeartbeatSeconds: 0.1 });
    const healthy = await connect();
    const silent = await connect({ autoPong: false });

    expect((await silent.closed).code).toBe(1006);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(healthy.socket.readyState).toBe(healthy.socket.OPEN);
    await vi.waitFor(() => expect(t?.services.eventHub.size).toBe(1));
  });

  it('closes every socket with 1001 when the app shuts down', async () => {
    const connect = await start({});
    const client = await connect();
    await t?.close();
    t = undefined;
    expect((await client.closed).code).toBe(1001);
  });
});
