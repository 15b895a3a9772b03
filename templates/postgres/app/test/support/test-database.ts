import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/infrastructure/db/client.js';
import { migrate } from '../../src/infrastructure/db/migrator.js';

/** The server the tests use; each test file works in schemas of its own on it. */
export const TEST_DATABASE_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** An empty schema of its own (`search_path`); `close()` drops it with everything in it. */
export async function freshDatabase(): Promise<Database> {
  const schema = `test_${randomBytes(8).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  const database = openDatabase(TEST_DATABASE_URL, { schema, max: 4 });
  return {
    sql: database.sql,
    orm: database.orm,
    close: async () => {
      await database.close();
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** A fresh schema with every migration applied. */
export async function migratedDatabase(): Promise<Database> {
  const database = await freshDatabase();
  await migrate(database.sql);
  return database;
}

export async function outboxTypes(database: Database, aggregateId: string): Promise<string[]> {
  const rows = await database.sql<{ type: string }[]>`
    SELECT type FROM outbox WHERE aggregate_id = ${aggregateId} ORDER BY sequence`;
  return rows.map((row) => row.type);
}
