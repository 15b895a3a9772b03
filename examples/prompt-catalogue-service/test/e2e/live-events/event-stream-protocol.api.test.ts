import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import {
  listenForEvents,
  openEventStream,
  readerHeaders,
} from '../../support/event-stream-client.js';

describe('bad messages on the live event stream', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await buildTestApp();
    url = await listenForEvents(t.app);
  });
  afterAll(() => t.close());

  it('are answered with an error frame, and the connection goes on', async () => {
    const client = await openEventStream(url, { headers: readerHeaders(t.app) });
    client.send('{not json');
    expect(await client.next()).toEqual({ type: 'error', message: 'a message must be JSON' });
    client.send({ type: 'subscribe' });
    expect(await client.next()).toMatchObject({ type: 'error', message: /\/id/ });
    client.send({ type: 'unsubscribe', id: 'never-made' });
    expect(await client.next()).toMatchObject({ type: 'error', message: /never-made/ });
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next()).toMatchObject({ type: 'error', message: /text frames/ });

    client.send({ type: 'subscribe', id: 's1' });
    expect(await client.next()).toEqual({ type: 'subscribed', id: 's1' });
    expect(t.services.eventHub.size).toBe(1);
    client.socket.close();
    await client.closed;
  });

  it('closes a connection that sends a message over 16 KiB (1009)', async () => {
    const client = await openEventStream(url, { headers: readerHeaders(t.app) });
    client.send('x'.repeat(17 * 1024));
    expect((await client.closed).code).toBe(1009);
  });
});
