/**
 * A WebSocket client of /api/v1/events/ws for tests, against an app listening on a port: the
 * frames it got, taken one by one as a test waits for them, and how the socket closed.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { vi } from 'vitest';
import WebSocket, { type ClientOptions } from 'ws';

export interface Frame {
  readonly type: string;
  readonly [key: string]: unknown;
}

export interface EventStreamClient {
  readonly socket: WebSocket;
  send(message: unknown): void;
  /** the first frame not taken yet that `accept` wants (any frame when none is given) */
  next(accept?: (frame: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  /** every frame received so far, taken or not */
  readonly frames: readonly Frame[];
  /** how the socket closed, once it has */
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** Starts the app on a free local port; the URL of its event stream. */
export async function listenForEvents(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `ws://127.0.0.1:${port}/api/v1/events/ws`;
}

/**
 * Headers that get a reader in: with the auth capability (the app signs JWTs) a bearer token
 * with `roles`, else none.
 */
export function readerHeaders(app: FastifyInstance, roles = ['reader']): Record<string, string> {
  const { jwt } = app as unknown as { jwt?: { sign(payload: object): string } };
  if (jwt === undefined) return {};
  return { authorization: `Bearer ${jwt.sign({ sub: 'live-events-test', roles })}` };
}

/** Opens a client; rejects with `Unexpected server response: <status>` when the upgrade is refused. */
export async function openEventStream(
  url: string,
  options: ClientOptions = {},
): Promise<EventStreamClient> {
  const socket = new WebSocket(url, options);
  const received: Frame[] = [];
  const unread: Frame[] = [];
  socket.on('message', (data: Buffer) => {
    const frame = JSON.parse(data.toString('utf8')) as Frame;
    received.push(frame);
    unread.push(frame);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    frames: received,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next: (accept = () => true, timeoutMs = 5_000) =>
      vi.waitFor(
        () => {
          const index = unread.findIndex(accept);
          if (index === -1) throw new Error(`no such frame among ${received.length} received`);
          return unread.splice(index, 1)[0] as Frame;
        },
        { timeout: timeoutMs, interval: 5 },
      ),
  };
}
