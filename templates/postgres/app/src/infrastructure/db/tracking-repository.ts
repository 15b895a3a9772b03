import { ConcurrencyError } from '../../application/errors.js';
import type { AggregateRoot } from '../../domain/shared/aggregate-root.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import type { Database, Executor } from './client.js';

/** What the unit of work asks of every repository at commit. */
export interface Flushable {
  /** writes what changed through the caller's transaction and returns the events raised */
  flush(tx: Executor): Promise<DomainEvent[]>;
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

  async get(id: TId): Promise<TAggregate | undefined> {
    const aggregate = await this.load(id);
    if (aggregate !== undefined) this.#seen.set(aggregate, 'loaded');
    return aggregate;
  }

  remove(aggregate: TAggregate): void {
    this.#seen.set(aggregate, this.#seen.get(aggregate) === 'added' ? 'loaded' : 'removed');
  }

  async flush(tx: Executor): Promise<DomainEvent[]> {
    const events: DomainEvent[] = [];
    for (const [aggregate, state] of this.#seen) {
      if (state === 'added') await this.insert(tx, aggregate);
      else if (state === 'removed') this.expectOneRow(await this.delete(tx, aggregate), aggregate);
      else if (aggregate.hasChanges) this.expectOneRow(await this.update(tx, aggregate), aggregate);
      events.push(...aggregate.pullEvents());
    }
    this.#seen.clear();
    return events;
  }

  private expectOneRow(changes: number, aggregate: TAggregate): void {
    if (changes === 0) throw new ConcurrencyError(this.resource, aggregate.id);
  }

  protected abstract load(id: TId): Promise<TAggregate | undefined>;
  protected abstract insert(tx: Executor, aggregate: TAggregate): Promise<void>;
  /** `UPDATE … WHERE id = ? AND version = <persistedVersion>`; returns the rows changed */
  protected abstract update(tx: Executor, aggregate: TAggregate): Promise<number>;
  /** `DELETE … WHERE id = ? AND version = <persistedVersion>`; returns the rows changed */
  protected abstract delete(tx: Executor, aggregate: TAggregate): Promise<number>;
}
