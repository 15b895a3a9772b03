import { ConcurrencyError } from '../../application/errors.js';
import type { AggregateRoot } from '../../domain/shared/aggregate-root.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import type { Database } from './client.js';

/** What the unit of work asks of every repository at commit. */
export interface Flushable {
  /** writes what changed (inside the caller's transaction) and returns the events raised */
  flush(): DomainEvent[];
}

type State = 'added' | 'loaded' | 'removed';

/**
 * A repository that remembers every aggregate it handed out or was given (`seen`), and writes
 * them only when the unit of work commits. Subclasses say how one aggregate is read and written.
 */
export abstract class TrackingRepository<
  TAggregate extends AggregateRoot<TId, DomainEvent>,
  TId extends string,
> implements Flushable {
  readonly #seen = new Map<TAggregate, State>();

  constructor(
    protected readonly database: Database,
    private readonly resource: string,
  ) {}

  add(aggregate: TAggregate): void {
    this.#seen.set(aggregate, 'added');
  }

  get(id: TId): Promise<TAggregate | undefined> {
    const aggregate = this.load(id);
    if (aggregate !== undefined) this.#seen.set(aggregate, 'loaded');
    return Promise.resolve(aggregate);
  }

  remove(aggregate: TAggregate): void {
    this.#seen.set(aggregate, this.#seen.get(aggregate) === 'added' ? 'loaded' : 'removed');
  }

  flush(): DomainEvent[] {
    const events: DomainEvent[] = [];
    for (const [aggregate, state] of this.#seen) {
      if (state === 'added') this.insert(aggregate);
      else if (state === 'removed') this.expectOneRow(this.delete(aggregate), aggregate);
      else if (aggregate.hasChanges) this.expectOneRow(this.update(aggregate), aggregate);
      events.push(...aggregate.pullEvents());
    }
    this.#seen.clear();
    return events;
  }

  private expectOneRow(changes: number, aggregate: TAggregate): void {
    if (changes === 0) throw new ConcurrencyError(this.resource, aggregate.id);
  }

  protected abstract load(id: TId): TAggregate | undefined;
  protected abstract insert(aggregate: TAggregate): void;
  /** `UPDATE … WHERE id = ? AND version = <persistedVersion>`; returns the rows changed */
  protected abstract update(aggregate: TAggregate): number;
  /** `DELETE … WHERE id = ? AND version = <persistedVersion>`; returns the rows changed */
  protected abstract delete(aggregate: TAggregate): number;
}
