/**
 * Issue 5's proof: a service generated with --db postgres and no capability, then every
 * capability this version builds added with `agent-backend add`. Re-adding changes nothing; installed, it passes its own
 * typecheck, lint, format check and tests against the PostgreSQL and Redis servers (CI=true, so
 * nothing skips); built and started twice behind the same database and Redis, the two instances
 * serve the same data, and a view one of them cached is forgotten when the other updates it.
 * Without the servers it skips and says why; with CI=true it fails instead.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCapabilityNames } from '../../src/capabilities/registry.js';
import { collectionPaths } from './support/crud.js';
import { bodySchema, sample, sampleChange, type OpenApi } from './support/openapi-bodies.js';
import { databaseUrl, postgresServerUrl, postgresUnreachable, psql } from './support/postgres.js';
import { cli, E2E_AUTH_HEADERS, mustRun, repoRoot, startService, type RunningServer } from './support/processes.js';
import { redisCommand, redisUnreachable, redisUrl } from './support/redis.js';

const database = `cab_e2e_caps_${process.pid}`;
const serviceUrl = databaseUrl(database);
const missing = [
  ...[postgresUnreachable()].flatMap((why) => (why ? [`PostgreSQL at ${new URL(postgresServerUrl).host}: ${why}`] : [])),
  ...[await redisUnreachable()].flatMap((why) => (why ? [`Redis at ${redisUrl}: ${why}`] : [])),
];
const skip = missing.length > 0 && process.env.CI !== 'true';
if (skip) console.warn(`SKIPPED capabilities e2e: no ${missing.join('; no ')}`);

async function send(url: string, method: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method,
    headers: { ...E2E_AUTH_HEADERS, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

describe.skipIf(skip)('a postgres service with every capability added', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'cab-e2e-caps-'));
  const service = join(workspace, 'svc');
  const capabilities = builtCapabilityNames();
  const env = { DATABASE_URL: serviceUrl, REDIS_URL: redisUrl, LOG_LEVEL: 'warn' };
  const servers: RunningServer[] = [];

  beforeAll(() => {
    expect(missing, 'PostgreSQL and Redis must be reachable when CI=true').toEqual([]);
    const domain = join(repoRoot, 'examples/domains/ordering.md');
    mustRun(process.execPath, [`${repoRoot}bin/create-agent-backend.js`, 'svc', '--yes', '--skip-install', '--features', 'none', '--db', 'postgres', '--domain', domain], workspace);
    const made = psql(`DROP DATABASE IF EXISTS ${database}`, `CREATE DATABASE ${database}`);
    expect(made.ok, made.output).toBe(true);
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('adds each capability, and adding it again changes nothing', () => {
    expect(capabilities.length).toBeGreaterThan(0);
    for (const capability of capabilities) {
      const added = cli('agent-backend', ['add', capability], service);
      expect(added.status, `add ${capability}: ${added.stdout}\n${added.stderr}`).toBe(0);
    }
    mustRun('git', ['add', '-A'], service);
    mustRun('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-qm', 'capabilities'], service);
    for (const capability of capabilities) {
      const again = cli('agent-backend', ['add', capability], service);
      expect(again.status, again.stderr).toBe(0);
      expect(`${again.stdout}${again.stderr}`).toContain(`${capability}: already added — nothing to do`);
    }
    expect(mustRun('git', ['status', '--porcelain'], service).stdout).toBe('');
  });

  it('installs what the capabilities added to package.json', () => {
    mustRun('npm', ['install', '--no-audit', '--no-fund'], service);
  });

  it.each(['typecheck', 'lint', 'build'])('passes npm run %s', (script) => {
    mustRun('npm', ['run', script], service);
  });

  it('is prettier-formatted as written', () => {
    mustRun('npx', ['prettier', '--check', '.'], service);
  });

  it('passes its own tests against PostgreSQL and Redis, none skipped', () => {
    const result = mustRun('npm', ['test'], service, { DATABASE_URL: postgresServerUrl, REDIS_URL: redisUrl, CI: 'true' });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/SKIPPED/);
  });

  it('migrates a fresh database and starts two instances on it', async () => {
    mustRun('npm', ['run', 'db:migrate'], service, env);
    servers.push(await startService(service, env), await startService(service, env));
  });

  it('serves the same data from both instances; an update through one empties the cache the other reads', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const api = (await (await fetch(`${a.baseUrl}/openapi.json`)).json()) as OpenApi;
    const path = collectionPaths(api).find((p) => (bodySchema(api, p, 'post').required ?? []).every((k) => !k.endsWith('Id')));
    expect(path, 'a collection whose create needs no other aggregate').toBeDefined();
    const collection = path as string;
    const created = await send(`${a.baseUrl}${collection}`, 'POST', sample('', bodySchema(api, collection, 'post'), 1, new Map()));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const url = (server: RunningServer) => `${server.baseUrl}${collection}/${created.json.id as string}`;

    const firstRead = await send(url(b), 'GET');
    expect(firstRead.status).toBe(200);
    expect(await redisCommand('EXISTS', `cache:view:${created.json.id as string}`)).toBe(':1');
    expect((await send(url(a), 'GET')).json).toEqual(firstRead.json);

    const change = sampleChange(bodySchema(api, `${collection}/{id}`, 'patch'), 2);
    const patched = await send(url(a), 'PATCH', change, { 'if-match': firstRead.etag as string });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    const afterUpdate = await send(url(b), 'GET');
    expect(afterUpdate.etag).toBe(patched.etag);
    expect(afterUpdate.json).toEqual(patched.json);
  });
});
