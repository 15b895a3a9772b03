import { ConflictError } from '../application/errors.js';
import type { UnitOfWork } from '../application/unit-of-work.js';
import type { Database } from './db/client.js';
import { appendToOutbox } from './outbox/outbox-store.js';
import { createRepositories, type TrackedRepositories } from './repositories.js';

/**
 * Saves everything the repositories saw in ONE synchronous SQLite transaction, together with
 * the aggregates' events in the outbox. (better-sqlite3 transactions must not await.)
 */
export class DrizzleUnitOfWork implements UnitOfWork {
  readonly repositories: TrackedRepositories;

  constructor(private readonly database: Database) {
    this.repositories = createRepositories(database);
  }

  commit(): Promise<void> {
    const save = this.database.sqlite.transaction(() => {
      const events = Object.values(this.repositories).flatMap((repository) => repository.flush());
      appendToOutbox(this.database, events);
    });
    try {
      save();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(translate(error));
    }
  }
}

/** SQLite's unique-constraint failure becomes a ConflictError naming the column. */
function translate(error: unknown): Error {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ('code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const column = e.message.split(': ')[1] ?? 'a unique field';
      return new ConflictError(`${column} must be unique and this value is taken`);
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
