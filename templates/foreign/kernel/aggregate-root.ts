import type { DomainEvent } from './domain-event.js';

/**
 * The consistency boundary: one aggregate is loaded, changed and saved as a whole. `version`
 * counts the saved changes (optimistic concurrency); the events of unsaved changes wait in
 * `pendingEvents` until the application service publishes them.
 */
export abstract class AggregateRoot<Event extends DomainEvent> {
  private events: Event[] = [];

  protected constructor(
    readonly id: string,
    private savedVersion: number,
  ) {}

  /** The version this aggregate had when it was loaded (0: never saved). */
  get version(): number {
    return this.savedVersion;
  }

  protected record(event: Event): void {
    this.events.push(event);
  }

  get pendingEvents(): readonly Event[] {
    return this.events;
  }

  /** Called by the repository once the change is stored: the version moves on, the events are handed out. */
  markSaved(): Event[] {
    const events = this.events;
    this.events = [];
    this.savedVersion += 1;
    return events;
  }
}
