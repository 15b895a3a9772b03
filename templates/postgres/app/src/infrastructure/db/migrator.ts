import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type postgres from 'postgres';

/** `migrations/` at the root of the project (from src/ and from dist/ alike). */
export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/** Any number, the same in every instance: two instances starting together migrate one after the other. */
const MIGRATION_LOCK = 7_203_001;

/**
 * Applies the `*.sql` files not applied yet, in name order, in one transaction, and records
 * each in `schema_migrations`. Returns the names it applied.
 */
export async function migrate(
  sql: postgres.Sql,
  directory: string = MIGRATIONS_DIRECTORY,
): Promise<string[]> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)`;
    const rows = await tx<{ name: string }[]>`SELECT name FROM schema_migrations`;
    const applied = new Set(rows.map((row) => row.name));
    const pending = readdirSync(directory)
      .filter((file) => file.endsWith('.sql') && !applied.has(file))
      .sort();
    for (const file of pending) {
      await tx.unsafe(readFileSync(join(directory, file), 'utf8'));
      await tx`INSERT INTO schema_migrations (name, applied_at) VALUES (${file}, ${new Date().toISOString()})`;
    }
    return pending;
  });
}
