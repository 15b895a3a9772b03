import postgres from 'postgres';
import { defineConfig } from 'vitest/config';

// Integration and e2e tests need the PostgreSQL server at DATABASE_URL (each file works in
// schemas of its own). Without it they are skipped with the reason, unless CI=true: then they fail.
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function unreachable(): Promise<string | undefined> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await sql`SELECT 1`;
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const reason = await unreachable();
const skipDatabaseTests = reason !== undefined && process.env.CI !== 'true';
if (skipDatabaseTests) {
  const where = URL.canParse(url) ? new URL(url).host : 'DATABASE_URL';
  console.warn(
    `SKIPPED test/integration and test/e2e: no PostgreSQL at ${where} (${reason}). Set DATABASE_URL; with CI=true they fail instead.`,
  );
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: skipDatabaseTests ? ['test/integration/**', 'test/e2e/**'] : [],
    environment: 'node',
  },
});
