/**
 * The product's main job, done for real: generate a service, install it, and require its own
 * typecheck, lint, format check, tests and build to pass; migrate a fresh database; start the
 * built server and drive every aggregate's HTTP API; check the OpenAPI document.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDependencies, hasCachedDependencies, linkCachedDependencies } from './support/dependencies.js';
import { driveCrud, collectionPaths } from './support/crud.js';
import type { OpenApi } from './support/openapi-bodies.js';
import { cli, mustRun, repoRoot, sharedSpecs, startService, type RunningServer } from './support/processes.js';

const cases = [
  { label: 'the reference spec and the default (prompt catalogue) domain', domain: [] as string[] },
  { label: 'the ordering example', domain: ['--domain', join(repoRoot, 'examples/domains/ordering.md')] },
];

describe.each(cases)('a service generated from $label', ({ domain }) => {
  const workspace = mkdtempSync(join(tmpdir(), 'cab-e2e-'));
  const service = join(workspace, 'svc');
  const database = join(workspace, 'data', 'e2e.db');
  let server: RunningServer | undefined;

  beforeAll(() => {
    const spec = ['--spec', join(sharedSpecs, 'backend-developer.md')];
    const args = ['svc', '--yes', '--skip-git', ...spec, ...domain];
    const created = cli('create-agent-backend', [...args, ...(hasCachedDependenciesFor(args) ? ['--skip-install'] : [])], workspace);
    expect(created.status, `${created.stdout}\n${created.stderr}`).toBe(0);
    if (!existsSync(join(service, 'node_modules'))) linkCachedDependencies(service);
    else cacheDependencies(service);
  });

  /** Whether an earlier case already installed the same dependencies (dry-run to read package.json). */
  function hasCachedDependenciesFor(args: string[]): boolean {
    const probe = mkdtempSync(join(tmpdir(), 'cab-e2e-probe-'));
    cli('create-agent-backend', [...args, '--skip-install'], probe);
    return hasCachedDependencies(join(probe, 'svc'));
  }

  afterAll(async () => {
    await server?.stop();
  });

  it.each(['typecheck', 'lint', 'test', 'build'])('passes npm run %s', (script) => {
    mustRun('npm', ['run', script], service);
  });

  it('is prettier-formatted as written', () => {
    mustRun('npx', ['prettier', '--check', '.'], service);
  });

  it('migrates a fresh database', () => {
    const output = mustRun('npm', ['run', 'db:migrate'], service, { DATABASE_URL: database });
    expect(`${output.stdout}${output.stderr}`).toMatch(/0001_init/);
    const again = mustRun('npm', ['run', 'db:migrate'], service, { DATABASE_URL: database });
    expect(`${again.stdout}${again.stderr}`).toMatch(/up to date/);
  });

  it('serves every aggregate: create, get, list in pages, patch with ETags, delete', async () => {
    server = await startService(service, { DATABASE_URL: database, LOG_LEVEL: 'info' });
    const api = (await (await fetch(`${server.baseUrl}/openapi.json`)).json()) as OpenApi;
    const collections = collectionPaths(api);
    expect(collections.length).toBeGreaterThan(0);
    await driveCrud(server.baseUrl, api, collections);
  });

  it('documents every route in /openapi.json and serves the docs UI', async () => {
    const base = server?.baseUrl as string;
    const api = (await (await fetch(`${base}/openapi.json`)).json()) as OpenApi;
    for (const collection of collectionPaths(api)) {
      expect(Object.keys(api.paths[collection] ?? {}).sort()).toEqual(['get', 'post']);
      expect(Object.keys(api.paths[`${collection}/{id}`] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    }
    expect((await fetch(`${base}/docs`)).status).toBe(200);
  });

  it('drains and closes on SIGTERM', async () => {
    const running = server as RunningServer;
    server = undefined;
    await running.stop();
    const lines = running.output().split('\n').filter((line) => line.startsWith('{'));
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });
});
