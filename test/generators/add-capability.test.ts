import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { readServiceConfig } from '../../src/aggregate/service-config.js';
import { cache } from '../../src/capabilities/cache.js';
import { CONFIG_HELPERS } from '../../src/capabilities/config-helpers.js';
import { capabilityNamed, planCapability } from '../../src/capabilities/plan-capability.js';
import { formatFile } from '../../src/generate/format.js';
import { renderService, type ServiceDatabase } from '../../src/generate/render.js';
import { GENERATOR_CONFIG_KEY } from '../../src/generator-config-key.js';
import { sampleContext, sampleStackRows } from '../support/sample-context.js';

const EDITED = [
  'src/config.ts',
  '.env.example',
  'src/bootstrap.ts',
  'src/main.ts',
  'package.json',
  'docs/STACK.md',
  '.yo-rc.json',
];

/** A service as `create-agent-backend` writes it, `.yo-rc.json` as Yeoman stores it included. */
async function renderedService(db: ServiceDatabase): Promise<Map<string, string>> {
  const files = await renderService({
    serviceName: 'prompt-service',
    db,
    context: sampleContext,
    stackRows: sampleStackRows,
  });
  const config = { db, context: 'PromptCatalogue', aggregates: ['Prompt', 'Category'], fingerprints: {} };
  files.set('.yo-rc.json', `${JSON.stringify({ [GENERATOR_CONFIG_KEY]: config }, null, 2)}\n`);
  return files;
}

function plan(files: ReadonlyMap<string, string>): Promise<AggregatePlan> {
  return planCapability(cache, {
    serviceName: 'prompt-service',
    config: readServiceConfig(files.get('.yo-rc.json'), '/service'),
    read: (path) => files.get(path),
    migrationFiles: [...files.keys()]
      .filter((p) => p.startsWith('migrations/'))
      .map((p) => p.slice('migrations/'.length)),
  });
}

/** The service after the plan was written. */
function applied(files: ReadonlyMap<string, string>, changes: AggregatePlan): Map<string, string> {
  const out = new Map(files);
  for (const [path, content] of changes.created) out.set(path, content);
  for (const change of [...changes.edited, ...changes.conflicts]) out.set(change.path, change.after);
  return out;
}

describe.each(['sqlite', 'postgres'] as const)('planCapability(cache) on a %s service', (db) => {
  let service: Map<string, string>;
  let first: AggregatePlan;

  beforeAll(async () => {
    service = await renderedService(db);
    first = await plan(service);
  });

  it('creates the capability’s files and edits exactly the files that wire it in', () => {
    expect([...first.created.keys()]).toEqual(
      expect.arrayContaining(['src/infrastructure/cache/create-read-cache.ts', 'test/support/redis.ts']),
    );
    for (const path of first.created.keys()) expect(service.has(path), path).toBe(false);
    expect(first.edited.map((change) => change.path).sort()).toEqual([...EDITED].sort());
    expect(first.conflicts).toEqual([]);
    expect(first.unchanged).toEqual([]);
  });

  it('wires the cache into the composition root, the entry point and the configuration', () => {
    const after = applied(service, first);
    const bootstrap = after.get('src/bootstrap.ts') ?? '';
    expect(bootstrap).toContain('queries: withReadCache(createQueries(database), readCache),');
    expect(bootstrap).toContain('relay.observe((event) => readCache.forget(event.aggregateId));');
    expect(bootstrap).toContain('await readCache.close();');
    expect(bootstrap).toContain("import { createReadCache } from './infrastructure/cache/create-read-cache.js';");
    expect(after.get('src/main.ts')).toContain('redisUrl: config.redisUrl,');
    expect(after.get('src/config.ts')).toContain("cacheTtlSeconds: integer(env, 'CACHE_TTL_SECONDS', 60, 1, 86_400),");
    expect(after.get('.env.example')).toMatch(/\nREDIS_URL=\n# [^\n]+\nCACHE_TTL_SECONDS=60\n$/);
    expect(JSON.parse(after.get('package.json') ?? '{}').dependencies.ioredis).toBeDefined();
    expect(readServiceConfig(after.get('.yo-rc.json'), '/service').capabilities).toEqual(['cache']);
  });

  it('leaves every edited and created file as prettier would write it', async () => {
    const written = [...first.edited.map((change): [string, string] => [change.path, change.after]), ...first.created];
    for (const [path, content] of written) {
      // the service's .prettierignore lists .yo-rc.json, which Yeoman writes in its own layout
      if (path === '.yo-rc.json') continue;
      expect(await formatFile(path, content), path).toBe(content);
    }
  });

  it('changes nothing the second time, and says the capability is there', async () => {
    const again = await plan(applied(service, first));
    expect(again.created.size).toBe(0);
    expect(again.edited).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.unchanged).toEqual(['cache']);
  });

  it('reports a capability file the user changed as a conflict', async () => {
    const after = applied(service, first);
    const path = 'src/infrastructure/cache/create-read-cache.ts';
    after.set(path, `${after.get(path) ?? ''}// mine\n`);
    const again = await plan(after);
    expect(again.conflicts.map((change) => change.path)).toEqual([path]);
    expect(again.conflicts[0]?.before).toContain('// mine');
    expect(again.edited).toEqual([]);
    expect(again.unchanged).toEqual([]);
  });

  it('refuses a composition root whose const relay was renamed, naming the file', async () => {
    const renamed = new Map(service);
    const bootstrap = service.get('src/bootstrap.ts') ?? '';
    expect(bootstrap).toContain('const relay = ');
    renamed.set('src/bootstrap.ts', bootstrap.replace('const relay = ', 'const outboxRelay = '));
    await expect(plan(renamed)).rejects.toMatchObject({
      name: 'InputError',
      file: 'src/bootstrap.ts',
      message: expect.stringMatching(
        /^src\/bootstrap\.ts:\d+: could not find a const relay in function bootstrap \(the new statement goes below it\)/,
      ),
    });
  });
});

describe('capabilityNamed', () => {
  it('finds a capability this version builds', () => {
    expect(capabilityNamed('cache')).toBe(cache);
  });

  it('refuses one that is planned but not built, and one it does not know', () => {
    expect(() => capabilityNamed('websocket')).toThrow(
      '`agent-backend add websocket` is not available in this version yet',
    );
    expect(() => capabilityNamed('postgres')).toThrow('(choose the database at creation: --db postgres)');
    expect(() => capabilityNamed('nope')).toThrow('unknown capability "nope" — use one of cache');
    expect(() => capabilityNamed(undefined)).toThrow('agent-backend add needs a capability — one of cache');
  });
});

describe('CONFIG_HELPERS', () => {
  it('are written as prettier writes them, so config.ts stays prettier-clean', async () => {
    for (const [name, declaration] of Object.entries(CONFIG_HELPERS)) {
      expect(await formatFile('src/config.ts', `${declaration}\n`), name).toBe(`${declaration}\n`);
    }
  });
});
