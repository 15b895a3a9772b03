/**
 * The database side of the event-bus tests, the one test file that differs between SQLite and
 * PostgreSQL: the tests themselves only await these.
 */
import type { DomainEvent } from '../../../src/domain/shared/domain-event.js';
import type { Database } from '../../../src/infrastructure/db/client.js';
import { appendToOutbox } from '../../../src/infrastructure/outbox/outbox-store.js';
import { migratedDatabase, TEST_DATABASE_URL } from '../test-database.js';

/** The least environment loadConfig accepts (DATABASE_URL, which has no default). */
export const baseEnv: Readonly<Record<string, string>> = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/app',
};

/** A fresh migrated schema of its own. */
export function testDatabase(): Promise<Database> {
  return migratedDatabase();
}

export function closeDatabase(database: Database): Promise<void> {
  return database.close();
}

/** A migrated schema that other processes open with DATABASE_URL=`url`; `close()` drops it. */
export async function sharedDatabase(): Promise<{
  database: Database;
  url: string;
  close(): Promise<void>;
}> {
  const database = await migratedDatabase();
  const [{ schema } = { schema: '' }] = await database.sql<
    { schema: string }[]
  >`SELECT current_schema() AS schema`;
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('search_path', schema);
  return { database, url: url.toString(), close: () => database.close() };
}

/** Stores events in the outbox, as a committing unit of work does. */
export function appendEvents(database: Database, events: readonly DomainEvent[]): Promise<void> {
  return appendToOutbox(database.orm, events);
}

/** How many rows of `table` match `where` (trusted test SQL). */
export async function countRows(
  database: Database,
  table: string,
  where = '1 = 1',
): Promise<number> {
  const [row] = await database.sql.unsafe<{ count: string }[]>(
    `SELECT count(*) AS count FROM ${table} WHERE ${where}`,
  );
  return Number(row?.count ?? 0);
}
