import { ConflictError } from '../application/errors.js';
import type { UnitOfWork } from '../application/unit-of-work.js';
import type { DomainEvent } from '../domain/shared/domain-event.js';
import type { Database } from './db/client.js';
import { appendToOutbox } from './outbox/outbox-store.js';
import { createRepositories, type TrackedRepositories } from './repositories.js';

/**
 * Saves everything the repositories saw in ONE PostgreSQL transaction, together with the
 * aggregates' events in the outbox: all of it or, on any error, none of it.
 */
export class DrizzleUnitOfWork implements UnitOfWork {
  readonly repositories: TrackedRepositories;

  constructor(private readonly database: Database) {
    this.repositories = createRepositories(database);
  }

  async commit(): Promise<void> {
    try {
      await this.database.orm.transaction(async (tx) => {
        const events: DomainEvent[] = [];
        for (const repository of Object.values(this.repositories))
          events.push(...(await repository.flush(tx)));
        await appendToOutbox(tx, events);
      });
    } catch (error) {
      throw translate(error);
    }
  }
}

/** PostgreSQL's unique violation (23505) becomes a ConflictError naming the column. */
function translate(error: unknown): Error {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e && e.code === '23505') {
      const detail = 'detail' in e && typeof e.detail === 'string' ? e.detail : '';
      const column = /^Key \((.+?)\)=/.exec(detail)?.[1];
      const table = 'table_name' in e && typeof e.table_name === 'string' ? `${e.table_name}.` : '';
      return new ConflictError(
        `${column === undefined ? 'a unique field' : `${table}${column}`} must be unique and this value is taken`,
      );
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
