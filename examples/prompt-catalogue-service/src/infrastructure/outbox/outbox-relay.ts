import type { Logger } from '../../application/logger.js';
import type { EventMessage } from '../../application/message-bus.js';
import type { Database } from '../db/client.js';
import { markDelivered, pendingEvents } from './outbox-store.js';

/**
 * Delivers committed events to the bus, oldest first, and marks each delivered afterwards:
 * at-least-once (a crash between the two delivers it again), so handlers must be idempotent.
 */
export class OutboxRelay {
  #queue: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  readonly #observers: ((event: EventMessage) => Promise<void>)[] = [];

  constructor(
    private readonly database: Database,
    private readonly deliver: (event: EventMessage) => Promise<void>,
    private readonly logger: Logger,
    private readonly batchSize = 100,
  ) {}

  /**
   * Also shows every event to `observer`, in this process, right after its delivery (a read
   * cache forgetting what the event changed). An observer that fails is logged, not retried.
   */
  observe(observer: (event: EventMessage) => Promise<void>): void {
    this.#observers.push(observer);
  }

  /** Delivers what is pending; calls are queued so that no event is delivered twice at once. */
  deliverPending(): Promise<void> {
    this.#queue = this.#queue
      .then(() => this.#drain())
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'outbox relay failed');
      });
    return this.#queue;
  }

  /** Also polls, for events left by a crash or written by another process. */
  start(intervalMs: number): void {
    this.#timer ??= setInterval(() => void this.deliverPending(), intervalMs);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#queue;
  }

  async #drain(): Promise<void> {
    for (;;) {
      const batch = pendingEvents(this.database, this.batchSize);
      for (const event of batch) {
        await this.deliver(event);
        await this.#notify(event);
        markDelivered(this.database, event.id);
      }
      if (batch.length < this.batchSize) return;
    }
  }

  async #notify(event: EventMessage): Promise<void> {
    for (const observer of this.#observers) {
      try {
        await observer(event);
      } catch (error) {
        this.logger.error({ err: error, eventId: event.id }, 'outbox observer failed');
      }
    }
  }
}
