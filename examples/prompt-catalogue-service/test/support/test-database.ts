import { openDatabase, type Database } from '../../src/infrastructure/db/client.js';
import { migrate } from '../../src/infrastructure/db/migrator.js';

/** A fresh in-memory SQLite database with every migration applied. */
export function migratedDatabase(): Database {
  const database = openDatabase(':memory:');
  migrate(database.sqlite);
  return database;
}

export function outboxTypes(database: Database, aggregateId: string): string[] {
  return database.sqlite
    .prepare('SELECT type FROM outbox WHERE aggregate_id = ? ORDER BY sequence')
    .pluck()
    .all(aggregateId) as string[];
}
