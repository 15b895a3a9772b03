/**
 * Pings every connected socket every `intervalMs`; a socket that has not answered the previous
 * ping with a pong by the next one is terminated (a half-open connection, a frozen client).
 */
import type { WebSocket } from '@fastify/websocket';

/** Starts the heartbeat over `clients` (the server's live set); the function returned stops it. */
export function startHeartbeat(clients: ReadonlySet<WebSocket>, intervalMs: number): () => void {
  const watched = new WeakSet<WebSocket>();
  const answered = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const socket of clients) {
      if (!watched.has(socket)) {
        watched.add(socket);
        socket.on('pong', () => answered.add(socket));
      } else if (!answered.has(socket)) {
        socket.terminate();
        continue;
      }
      answered.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
