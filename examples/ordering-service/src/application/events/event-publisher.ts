/** The port the outbox relay publishes committed events through (Redis Streams or in-process). */
import type { EventMessage } from '../message-bus.js';

export interface EventPublisher {
  /** resolves once the event is handed over; the relay marks it delivered only then */
  publish(event: EventMessage): Promise<void>;
  close(): Promise<void>;
}
