import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Sqlite from 'better-sqlite3';

/** `migrations/` at the root of the project (from src/ and from dist/ alike). */
export const MIGRATIONS_DIRECTORY = fileURLToPath(new URL('../../../migrations/', import.meta.url));

/**
 * Applies the `*.sql` files not applied yet, in name order, in one transaction, and records
 * each in `schema_migrations`. Returns the names it applied.
 */
export function migrate(
  sqlite: Sqlite.Database,
  directory: string = MIGRATIONS_DIRECTORY,
): string[] {
  sqlite.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    sqlite.prepare('SELECT name FROM schema_migrations').pluck().all() as string[],
  );
  const pending = readdirSync(directory)
    .filter((file) => file.endsWith('.sql') && !applied.has(file))
    .sort();
  const record = sqlite.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (const file of pending) {
      sqlite.exec(readFileSync(join(directory, file), 'utf8'));
      record.run(file, new Date().toISOString());
    }
  })();
  return pending;
}
