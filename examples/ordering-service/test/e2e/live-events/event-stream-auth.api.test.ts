/**
 * The event stream lives under /api/, so the auth capability's onRoute hook guards its upgrade
 * like any read: these run when the service has auth (added before or after websocket).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootstrapOptions } from '../../../src/bootstrap.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import {
  listenForEvents,
  openEventStream,
  readerHeaders,
} from '../../support/event-stream-client.js';

const authAdded = existsSync(
  new URL('../../../src/interfaces/http/plugins/auth.ts', import.meta.url),
);
const READER_KEY = 'reader-key-for-the-live-events-test-0123456789';

describe.skipIf(!authAdded)('the live event stream with the auth capability', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    const apiKeys = [
      {
        name: 'live',
        digest: createHash('sha256').update(READER_KEY).digest('hex'),
        roles: ['reader'],
      },
    ];
    t = await buildTestApp({ apiKeys } as unknown as Partial<BootstrapOptions>);
    url = await listenForEvents(t.app);
  });
  afterAll(() => t.close());

  it('refuses an upgrade without credentials (401) or without the reader role (403)', async () => {
    await expect(openEventStream(url)).rejects.toThrow('Unexpected server response: 401');
    const noRoles = { headers: readerHeaders(t.app, []) };
    await expect(openEventStream(url, noRoles)).rejects.toThrow('Unexpected server response: 403');
    const wrongKey = { headers: { 'x-api-key': `${READER_KEY}x` } };
    await expect(openEventStream(url, wrongKey)).rejects.toThrow('Unexpected server response: 401');
  });

  it('lets in a bearer token or an API key with the reader role', async () => {
    for (const headers of [readerHeaders(t.app), { 'x-api-key': READER_KEY }]) {
      const client = await openEventStream(url, { headers });
      client.send({ type: 'subscribe', id: 'all' });
      expect(await client.next()).toEqual({ type: 'subscribed', id: 'all' });
      client.socket.close();
      await client.closed;
    }
  });
});
