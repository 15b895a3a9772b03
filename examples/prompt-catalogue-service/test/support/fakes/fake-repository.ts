import type { AggregateRoot } from '../../../src/domain/shared/aggregate-root.js';
import type { DomainEvent } from '../../../src/domain/shared/domain-event.js';

/** An in-memory repository that implements the port; changes land at commit, like the real one. */
export class FakeRepository<
  TAggregate extends AggregateRoot<TId, DomainEvent>,
  TId extends string,
> {
  readonly stored = new Map<string, TAggregate>();
  readonly #seen = new Map<TAggregate, 'added' | 'loaded' | 'removed'>();

  add(aggregate: TAggregate): void {
    this.#seen.set(aggregate, 'added');
  }

  get(id: TId): Promise<TAggregate | undefined> {
    const aggregate = this.stored.get(id);
    if (aggregate !== undefined) this.#seen.set(aggregate, 'loaded');
    return Promise.resolve(aggregate);
  }

  remove(aggregate: TAggregate): void {
    this.#seen.set(aggregate, 'removed');
  }

  /** Applies what was seen and returns the events raised. */
  commit(): DomainEvent[] {
    const events: DomainEvent[] = [];
    for (const [aggregate, state] of this.#seen) {
      if (state === 'removed') this.stored.delete(aggregate.id);
      else this.stored.set(aggregate.id, aggregate);
      events.push(...aggregate.pullEvents());
    }
    this.#seen.clear();
    return events;
  }
}
