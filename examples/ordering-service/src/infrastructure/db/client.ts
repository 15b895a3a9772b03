import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

export type Orm = BetterSQLite3Database;

/** One SQLite connection (better-sqlite3, synchronous) and the Drizzle view of it. */
export interface Database {
  readonly sqlite: Sqlite.Database;
  readonly orm: Orm;
  close(): void;
}

/** `./data/app.db`, `file:./data/app.db` or `:memory:`. */
export function openDatabase(url: string): Database {
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Sqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { sqlite, orm: drizzle({ client: sqlite }), close: () => sqlite.close() };
}

export function isReachable(database: Database): boolean {
  try {
    return database.sqlite.prepare('SELECT 1 AS ok').pluck().get() === 1;
  } catch {
    return false;
  }
}
