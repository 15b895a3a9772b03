/**
 * Fans domain events out to the live subscribers of this process (WebSocket clients). The outbox
 * relay shows it every event after delivery; a subscriber that fails is logged and skipped, and
 * none is waited for: a slow client never holds up the others or the relay.
 */
import type { Logger } from '../logger.js';
import type { EventMessage } from '../message-bus.js';

export interface LiveSubscriber {
  /** takes the event if it wants it; must not block */
  deliver(event: EventMessage): void;
}

export class EventHub {
  readonly #subscribers = new Set<LiveSubscriber>();

  constructor(private readonly logger: Logger) {}

  /** how many subscribers are connected */
  get size(): number {
    return this.#subscribers.size;
  }

  /** Adds a subscriber; the function returned removes it. */
  join(subscriber: LiveSubscriber): () => void {
    this.#subscribers.add(subscriber);
    return () => {
      this.#subscribers.delete(subscriber);
    };
  }

  publish(event: EventMessage): Promise<void> {
    for (const subscriber of [...this.#subscribers]) {
      try {
        subscriber.deliver(event);
      } catch (error) {
        this.logger.error({ err: error, eventId: event.id }, 'live event subscriber failed');
      }
    }
    return Promise.resolve();
  }
}
