/**
 * `--db postgres`, done for real against the PostgreSQL server at DATABASE_URL (default: the
 * local one): generate, install, typecheck, lint, format check, the service's own tests, build;
 * migrate a fresh database; start the built server and drive every aggregate's HTTP API.
 * Without a reachable server it skips and says why; with CI=true it fails instead.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDependencies, hasCachedDependencies, linkCachedDependencies } from './support/dependencies.js';
import { driveCrud, collectionPaths } from './support/crud.js';
import type { OpenApi } from './support/openapi-bodies.js';
import { databaseUrl, postgresServerUrl, postgresUnreachable, psql } from './support/postgres.js';
import { cli, mustRun, repoRoot, run, startService, type RunningServer } from './support/processes.js';

const serverUrl = postgresServerUrl;
const database = `cab_e2e_${process.pid}`;
const serviceUrl = databaseUrl(database);

const unreachable = postgresUnreachable();
if (unreachable !== undefined && process.env.CI !== 'true')
  console.warn(`SKIPPED postgres-service e2e: no PostgreSQL at ${new URL(serverUrl).host} (${unreachable})`);

describe.skipIf(unreachable !== undefined && process.env.CI !== 'true')('a service generated with --db postgres', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'cab-e2e-pg-'));
  const service = join(workspace, 'svc');
  const env = { DATABASE_URL: serviceUrl };
  let server: RunningServer | undefined;

  beforeAll(() => {
    expect(unreachable, 'PostgreSQL must be reachable when CI=true').toBeUndefined();
    const args = ['svc', '--yes', '--skip-git', '--db', 'postgres', '--domain', join(repoRoot, 'examples/domains/ordering.md')];
    const probeDir = mkdtempSync(join(tmpdir(), 'cab-e2e-probe-'));
    cli('create-agent-backend', [...args, '--skip-install'], probeDir);
    const cached = hasCachedDependencies(join(probeDir, 'svc'));
    const created = cli('create-agent-backend', [...args, ...(cached ? ['--skip-install'] : [])], workspace);
    expect(created.status, `${created.stdout}\n${created.stderr}`).toBe(0);
    if (!existsSync(join(service, 'node_modules'))) linkCachedDependencies(service);
    else cacheDependencies(service);
    const made = psql(`DROP DATABASE IF EXISTS ${database}`, `CREATE DATABASE ${database}`);
    expect(made.ok, made.output).toBe(true);
  });

  afterAll(async () => {
    await server?.stop();
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('depends on postgres.js, not better-sqlite3', () => {
    const manifest = mustRun('node', ['-p', 'JSON.stringify(require("./package.json").dependencies)'], service);
    expect(manifest.stdout).toContain('"postgres"');
    expect(manifest.stdout).not.toContain('better-sqlite3');
  });

  it.each(['typecheck', 'lint', 'build'])('passes npm run %s', (script) => {
    mustRun('npm', ['run', script], service);
  });

  it('passes its own tests against the server, none skipped', () => {
    const result = mustRun('npm', ['test'], service, { DATABASE_URL: serverUrl, CI: 'true' });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/SKIPPED/);
  });

  it('is prettier-formatted as written', () => {
    mustRun('npx', ['prettier', '--check', '.'], service);
  });

  it('refuses to start without DATABASE_URL, in one line', () => {
    const result = run('node', ['dist/main.js'], service, { DATABASE_URL: '' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('DATABASE_URL is required')]);
  });

  it('migrates a fresh database', () => {
    const output = mustRun('npm', ['run', 'db:migrate'], service, env);
    expect(`${output.stdout}${output.stderr}`).toMatch(/0001_init/);
    const again = mustRun('npm', ['run', 'db:migrate'], service, env);
    expect(`${again.stdout}${again.stderr}`).toMatch(/up to date/);
  });

  it('serves every aggregate: create, get, list in pages, patch with ETags, delete', async () => {
    server = await startService(service, { ...env, LOG_LEVEL: 'info' });
    const api = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as OpenApi;
    const collections = collectionPaths(api);
    expect(collections.length).toBeGreaterThan(0);
    await driveCrud(server.baseUrl, api, collections);
  });

  it('drains and closes on SIGTERM', async () => {
    const running = server as RunningServer;
    server = undefined;
    await running.stop();
    // npm exits on the signal; the server it started may still be writing its last lines
    for (let i = 0; i < 100 && !running.output().includes('"stopped"'); i++) await new Promise((r) => setTimeout(r, 100));
    const messages = running
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });
});
