import type { DomainEvent } from './domain-event.js';

/**
 * The root of a consistency boundary. It changes only through intent methods, each of which
 * records an event; the events say what changed and the version says which state a writer saw.
 */
export abstract class AggregateRoot<TId extends string, TEvent extends DomainEvent> {
  #events: TEvent[] = [];
  #changed = false;
  readonly #persistedVersion: number;

  protected constructor(
    readonly id: TId,
    persistedVersion: number,
  ) {
    this.#persistedVersion = persistedVersion;
  }

  /** The version this aggregate has once its pending changes are saved (the ETag). */
  get version(): number {
    return this.hasChanges ? this.#persistedVersion + 1 : this.#persistedVersion;
  }

  /** The version it had when it was loaded (0 for a new aggregate). */
  get persistedVersion(): number {
    return this.#persistedVersion;
  }

  /** True once an intent method ran (pulling the events does not undo the change). */
  get hasChanges(): boolean {
    return this.#changed;
  }

  /** Hands the recorded events over (to the unit of work) and forgets them. */
  pullEvents(): TEvent[] {
    const events = this.#events;
    this.#events = [];
    return events;
  }

  protected record(event: TEvent): void {
    this.#events.push(event);
    this.#changed = true;
  }
}
