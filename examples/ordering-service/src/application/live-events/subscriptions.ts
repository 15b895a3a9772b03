/** The live subscriptions of one client, by the id the client gave each. */
import type { EventMessage } from '../message-bus.js';
import { matches, type EventFilter } from './event-filter.js';

/** How many subscriptions one client may hold at once. */
export const MAX_SUBSCRIPTIONS = 20;

export class Subscriptions {
  readonly #filters = new Map<string, EventFilter>();

  constructor(private readonly limit = MAX_SUBSCRIPTIONS) {}

  get size(): number {
    return this.#filters.size;
  }

  /** Adds or replaces the subscription `id`; false when the client holds the most it may. */
  add(id: string, filter: EventFilter): boolean {
    if (!this.#filters.has(id) && this.#filters.size >= this.limit) return false;
    this.#filters.set(id, filter);
    return true;
  }

  /** false when there is no subscription `id` */
  remove(id: string): boolean {
    return this.#filters.delete(id);
  }

  /** The ids of the subscriptions that want `event`, in the order they were made. */
  matching(event: Pick<EventMessage, 'type' | 'aggregateId'>): string[] {
    return [...this.#filters].filter(([, filter]) => matches(filter, event)).map(([id]) => id);
  }
}
