/**
 * The database side of the event-bus tests, the one test file that differs between SQLite and
 * PostgreSQL: the tests themselves only await these.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DomainEvent } from '../../../src/domain/shared/domain-event.js';
import { openDatabase, type Database } from '../../../src/infrastructure/db/client.js';
import { migrate } from '../../../src/infrastructure/db/migrator.js';
import { appendToOutbox } from '../../../src/infrastructure/outbox/outbox-store.js';
import { migratedDatabase } from '../test-database.js';

/** The least environment loadConfig accepts (nothing: every setting has a default). */
export const baseEnv: Readonly<Record<string, string>> = {};

/** A fresh migrated in-memory database. */
export function testDatabase(): Promise<Database> {
  return Promise.resolve(migratedDatabase());
}

export function closeDatabase(database: Database): Promise<void> {
  database.close();
  return Promise.resolve();
}

/** A migrated database that other processes open with DATABASE_URL=`url`; `close()` deletes it. */
export function sharedDatabase(): Promise<{
  database: Database;
  url: string;
  close(): Promise<void>;
}> {
  const folder = mkdtempSync(join(tmpdir(), 'event-bus-'));
  const url = join(folder, 'app.db');
  const database = openDatabase(url);
  migrate(database.sqlite);
  return Promise.resolve({
    database,
    url,
    close: () => {
      database.close();
      rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  });
}

/** Stores events in the outbox, as a committing unit of work does. */
export function appendEvents(database: Database, events: readonly DomainEvent[]): Promise<void> {
  appendToOutbox(database, events);
  return Promise.resolve();
}

/** How many rows of `table` match `where` (trusted test SQL). */
export function countRows(database: Database, table: string, where = '1 = 1'): Promise<number> {
  return Promise.resolve(
    database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number,
  );
}
