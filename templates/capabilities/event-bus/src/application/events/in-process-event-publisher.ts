/**
 * The fallback when REDIS_URL is unset: events stay in this process, as without the event bus.
 * The bus's handlers run through `bus.publish`, then the reactions (each in a unit of work that
 * marks the event processed). Failures are logged, not thrown, as the bus does: the relay then
 * marks the event delivered instead of retrying it ahead of every later event.
 */
import type { MessageBus, EventMessage } from '../message-bus.js';
import { EventHandlingError, type EventDispatcher } from './event-dispatcher.js';
import type { EventPublisher } from './event-publisher.js';

export class InProcessEventPublisher implements EventPublisher {
  constructor(
    private readonly bus: MessageBus,
    private readonly reactions: EventDispatcher,
  ) {}

  async publish(event: EventMessage): Promise<void> {
    await this.bus.publish(event);
    try {
      await this.reactions.dispatch(event);
    } catch (error) {
      if (!(error instanceof EventHandlingError)) throw error;
      // each failure is already logged by the dispatcher
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
