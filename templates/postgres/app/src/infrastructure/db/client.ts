import type { PgDatabase } from 'drizzle-orm/pg-core';
import {
  drizzle,
  type PostgresJsDatabase,
  type PostgresJsQueryResultHKT,
} from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

export type Orm = PostgresJsDatabase;

/** The ORM or a transaction of it: what the unit of work writes through. */
export type Executor = PgDatabase<PostgresJsQueryResultHKT>;

/** A PostgreSQL connection pool (postgres.js) and the Drizzle view of it. */
export interface Database {
  readonly sql: postgres.Sql;
  readonly orm: Orm;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** work in this schema (`search_path`): tests give each file its own */
  schema?: string;
  /** pool size */
  max?: number;
}

/** `postgres://user:password@host:5432/database`. Connects lazily, on the first query. */
export function openDatabase(url: string, options: OpenOptions = {}): Database {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => undefined,
    ...(options.schema === undefined ? {} : { connection: { search_path: options.schema } }),
  });
  return { sql, orm: drizzle({ client: sql }), close: () => sql.end({ timeout: 5 }) };
}

export async function isReachable(database: Database): Promise<boolean> {
  try {
    await database.sql`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
