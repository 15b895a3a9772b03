/**
 * WebSocket support (@fastify/websocket): upgrades go through the route's hooks first (the auth
 * capability's guard included), messages are at most 16 KiB, a heartbeat drops dead sockets, and
 * closing the app closes every socket with 1001 "going away".
 */
import websocket, { type WebSocket } from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { startHeartbeat } from '../live-events/heartbeat.js';

/** As in Config (main.ts passes it whole); tests give fractions of a second. */
export interface WebSocketSettings {
  /** how often every socket is pinged; one that missed the last pong is terminated */
  readonly websocketHeartbeatSeconds?: number | undefined;
  /** bytes waiting to be sent to one client beyond which it is closed as too slow */
  readonly websocketMaxBufferedBytes?: number | undefined;
}

export const WEBSOCKET_DEFAULTS = {
  websocketHeartbeatSeconds: 30,
  websocketMaxBufferedBytes: 1_048_576,
} as const;

/** RFC 6455 1001 "going away": the server is shutting down. */
export const CLOSE_GOING_AWAY = 1001;
const MAX_MESSAGE_BYTES = 16 * 1024;
/** how long clients get to answer the closing handshake before their sockets are cut */
const CLOSE_GRACE_MS = 1_000;

export async function useWebSockets(
  app: FastifyInstance,
  settings: WebSocketSettings,
): Promise<void> {
  let stopHeartbeat = (): void => undefined;
  await app.register(websocket, {
    options: { maxPayload: MAX_MESSAGE_BYTES },
    preClose: async () => {
      stopHeartbeat();
      await closeAll(app.websocketServer.clients);
      app.websocketServer.close();
    },
  });
  const seconds =
    settings.websocketHeartbeatSeconds ?? WEBSOCKET_DEFAULTS.websocketHeartbeatSeconds;
  stopHeartbeat = startHeartbeat(app.websocketServer.clients, seconds * 1000);
}

async function closeAll(clients: ReadonlySet<WebSocket>): Promise<void> {
  const sockets = [...clients];
  const closed = sockets.map(
    (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
  );
  for (const socket of sockets) socket.close(CLOSE_GOING_AWAY, 'server shutting down');
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_GRACE_MS)));
  await Promise.race([Promise.all(closed), grace]);
  clearTimeout(timer);
  for (const socket of sockets) socket.terminate();
}
