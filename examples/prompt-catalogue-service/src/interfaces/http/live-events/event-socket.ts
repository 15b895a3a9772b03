/**
 * One WebSocket client of the live events: it reads the client's subscribe/unsubscribe messages
 * and sends it the events its subscriptions want. A client that reads too slowly (more than
 * `maxBufferedBytes` waiting to be sent) is closed with 1013, so it never holds up the others.
 */
import type { WebSocket } from '@fastify/websocket';
import type { LiveSubscriber } from '../../../application/live-events/event-hub.js';
import {
  Subscriptions,
  MAX_SUBSCRIPTIONS,
} from '../../../application/live-events/subscriptions.js';
import type { EventMessage } from '../../../application/message-bus.js';
import { parseClientMessage, type ClientMessage, type ServerFrame } from './protocol.js';

/** RFC 6455 1013 "try again later": this client fell behind; it may reconnect and subscribe again. */
export const CLOSE_SLOW_CONSUMER = 1013;

export class EventSocket implements LiveSubscriber {
  readonly #subscriptions = new Subscriptions();

  constructor(
    private readonly socket: WebSocket,
    private readonly maxBufferedBytes: number,
  ) {}

  /** A message from the client: answered, or an error frame; never thrown. */
  receive(data: unknown, isBinary: boolean): void {
    if (isBinary || !Buffer.isBuffer(data)) {
      this.#send({ type: 'error', message: 'send JSON in text frames' });
      return;
    }
    const message = parseClientMessage(data.toString('utf8'));
    if ('error' in message) this.#send({ type: 'error', message: message.error });
    else this.#send(this.#apply(message));
  }

  deliver(event: EventMessage): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    const subscriptions = this.#subscriptions.matching(event);
    if (subscriptions.length === 0) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.socket.close(CLOSE_SLOW_CONSUMER, 'too slow: events are waiting to be sent');
      return;
    }
    this.#send({ type: 'event', subscriptions, event });
  }

  #apply(message: ClientMessage): ServerFrame {
    if (message.type === 'unsubscribe') {
      return this.#subscriptions.remove(message.id)
        ? { type: 'unsubscribed', id: message.id }
        : { type: 'error', message: `there is no subscription ${message.id}` };
    }
    const { id, aggregateTypes, aggregateIds, eventTypes } = message;
    return this.#subscriptions.add(id, { aggregateTypes, aggregateIds, eventTypes })
      ? { type: 'subscribed', id }
      : { type: 'error', message: `at most ${MAX_SUBSCRIPTIONS} subscriptions at once` };
  }

  #send(frame: ServerFrame): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(frame));
  }
}
