/** The PostgreSQL server the e2e tests use (DATABASE_URL, else the local one), through psql. */
import { repoRoot, run } from './processes.js';

export const postgresServerUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of another database on the same server. */
export function databaseUrl(database: string): string {
  const url = new URL(postgresServerUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs SQL on the server with psql (a generated service is not installed yet when the probe runs). */
export function psql(...statements: string[]): { ok: boolean; output: string } {
  const commands = statements.flatMap((sql) => ['-c', sql]);
  const result = run('psql', [postgresServerUrl, '-v', 'ON_ERROR_STOP=1', ...commands], repoRoot);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Why the server cannot be used, or undefined. */
export function postgresUnreachable(): string | undefined {
  const probe = psql('SELECT 1');
  return probe.ok ? undefined : probe.output.split('\n')[0] || 'psql failed';
}
