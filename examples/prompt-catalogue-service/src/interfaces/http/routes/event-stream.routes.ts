/**
 * GET /api/v1/events/ws: a WebSocket of the domain events this process commits (see
 * live-events/protocol.ts). Under /api/, so the auth capability, when added, guards the upgrade
 * like any read: a bearer token or an X-API-Key with the reader role.
 */
import type { FastifyPluginCallback } from 'fastify';
import type { EventHub } from '../../../application/live-events/event-hub.js';
import { EventSocket } from '../live-events/event-socket.js';
import { WEBSOCKET_DEFAULTS, type WebSocketSettings } from '../plugins/websocket.js';

export interface EventStreamOptions {
  hub: EventHub;
  settings: WebSocketSettings;
}

export const eventStreamRoutes: FastifyPluginCallback<EventStreamOptions> = (
  app,
  { hub, settings },
  done,
) => {
  const maxBufferedBytes =
    settings.websocketMaxBufferedBytes ?? WEBSOCKET_DEFAULTS.websocketMaxBufferedBytes;
  app.get('/ws', { websocket: true }, (socket) => {
    const client = new EventSocket(socket, maxBufferedBytes);
    const leave = hub.join(client);
    socket.on('message', (data, isBinary) => client.receive(data, isBinary));
    socket.on('close', leave);
  });
  done();
};
