import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { readServiceConfig } from '../../src/aggregate/service-config.js';
import { auth } from '../../src/capabilities/auth.js';
import { cache } from '../../src/capabilities/cache.js';
import { CONFIG_HELPERS } from '../../src/capabilities/config-helpers.js';
import { capabilityNamed } from '../../src/capabilities/plan-capability.js';
import { builtCapabilityNames } from '../../src/capabilities/registry.js';
import { CAPABILITY_NAMES, type CapabilityDefinition } from '../../src/capabilities/types.js';
import { parseFeatures } from '../../src/create/features.js';
import { formatAsPrettier } from '../../src/generate/format.js';
import { applied, expectPrettierClean, planCapabilityOn, renderedService } from '../support/capability-plans.js';

const plan = (files: ReadonlyMap<string, string>, capability: CapabilityDefinition = cache) =>
  planCapabilityOn(files, capability);

const EDITED = [
  'src/config.ts',
  '.env.example',
  'src/bootstrap.ts',
  'src/main.ts',
  'package.json',
  'docs/STACK.md',
  '.yo-rc.json',
];

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
    await expectPrettierClean(first);
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
    for (const planned of CAPABILITY_NAMES.filter((name) => !builtCapabilityNames().includes(name)))
      expect(() => capabilityNamed(planned)).toThrow(`\`agent-backend add ${planned}\` is not available in this version yet`);
    expect(() => capabilityNamed('postgres')).toThrow('(choose the database at creation: --db postgres)');
    const built = builtCapabilityNames().join(', ');
    expect(() => capabilityNamed('nope')).toThrow(`unknown capability "nope" — use one of ${built}`);
    expect(() => capabilityNamed(undefined)).toThrow(`agent-backend add needs a capability — one of ${built}`);
  });
});

describe('CONFIG_HELPERS', () => {
  it('are written as prettier writes them, so config.ts stays prettier-clean', async () => {
    for (const [name, declaration] of Object.entries(CONFIG_HELPERS)) {
      expect(await formatAsPrettier('src/config.ts', `${declaration}\n`), name).toBe(`${declaration}\n`);
    }
  });
});

const AUTH_EDITED = [
  'README.md',
  ...EDITED,
  'src/interfaces/http/app.ts',
  'src/interfaces/http/plugins/openapi.ts',
  'test/support/build-app.ts',
];

describe.each(['sqlite', 'postgres'] as const)('planCapability(auth) on a %s service', (db) => {
  let service: Map<string, string>;
  let first: AggregatePlan;
  let after: Map<string, string>;

  beforeAll(async () => {
    service = await renderedService(db);
    first = await plan(service, auth);
    after = applied(service, first);
  });

  it('creates the capability’s files, the shared Redis test support among them, and edits the files that wire it in', () => {
    expect([...first.created.keys()]).toEqual(
      expect.arrayContaining([
        'src/interfaces/http/plugins/auth.ts',
        'src/interfaces/http/plugins/rate-limit.ts',
        'src/infrastructure/auth/api-key-list.ts',
        'src/infrastructure/redis/redis-client.ts',
        'test/support/auth.ts',
        'test/support/redis.ts',
        'test/unit/auth/auth-config.test.ts',
        'test/integration/auth/redis-rate-limit.test.ts',
      ]),
    );
    for (const path of first.created.keys()) expect(service.has(path), path).toBe(false);
    expect(first.edited.map((change) => change.path).sort()).toEqual([...AUTH_EDITED].sort());
    expect(first.conflicts).toEqual([]);
  });

  it('takes the database’s own config test (PostgreSQL needs a DATABASE_URL)', () => {
    const test = first.created.get('test/unit/auth/auth-config.test.ts') ?? '';
    expect(test.includes('DATABASE_URL')).toBe(db === 'postgres');
  });

  it('passes the settings through the composition root to the HTTP app, which guards before any route', () => {
    const bootstrap = after.get('src/bootstrap.ts') ?? '';
    expect(bootstrap).toContain('const redis = options.redisUrl === undefined ? undefined : connectRedis(options.redisUrl, logger);');
    expect(bootstrap).toContain('apiKeys: new StaticApiKeyStore(options.apiKeys ?? []),');
    expect(bootstrap).toContain('auth: options.auth ?? {},');
    expect(bootstrap).toMatch(/await relay\.stop\(\);\n\s+await redis\?\.quit\(\);\n/);
    expect(bootstrap).toContain('readonly rateLimit: RateLimitSettings | undefined;');
    const main = after.get('src/main.ts') ?? '';
    expect(main).toContain('auth: { secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience },');
    expect(main).toContain('rateLimit: { max: config.rateLimitMax, windowMs: config.rateLimitWindowMs },');
    expect(after.get('src/interfaces/http/app.ts')).toMatch(
      /\n {2}await useRateLimit\(app, services\.rateLimit, services\.redis\);\n {2}useAuth\(app, services\.auth, services\.apiKeys\);\n {2}await registerOpenApi\(app\);\n/,
    );
    const openApi = after.get('src/interfaces/http/plugins/openapi.ts') ?? '';
    expect(openApi).toMatch(/openapi: \{\n[^]*components: \{ securitySchemes: SECURITY_SCHEMES \},\n {4}\},/);
    expect(openApi).toContain("import { SECURITY_SCHEMES } from '../auth/security-schemes.js';");
    expect(after.get('test/support/build-app.ts')).toMatch(/const app = await buildApp\(\{ services \}\);\n {2}authorizeByDefault\(app\);/);
  });

  it('reads its settings in config.ts, with the helpers and imports they need', () => {
    const config = after.get('src/config.ts') ?? '';
    expect(config).toContain("import { parseApiKeys } from './infrastructure/auth/api-key-list.js';");
    expect(config).toContain("import type { ApiKeyEntry } from './infrastructure/auth/api-key-list.js';");
    for (const helper of ['optionalUrl', 'optional', 'jwtSecret', 'apiKeys']) expect(config).toContain(`\nfunction ${helper}(env: Env`);
    expect(config).toContain('jwtSecret: jwtSecret(env, nodeEnv),');
    expect(config).toContain('readonly apiKeys: readonly ApiKeyEntry[];');
    expect(after.get('.env.example')).toMatch(/\nREDIS_URL=\n[^]*\nJWT_SECRET=\n[^]*\nAPI_KEYS=\n[^]*\nRATE_LIMIT_MAX=100\n/);
    const dependencies = JSON.parse(after.get('package.json') ?? '{}').dependencies as Record<string, string>;
    expect(Object.keys(dependencies)).toEqual(expect.arrayContaining(['fast-jwt', '@fastify/rate-limit', 'ioredis']));
  });

  it('leaves every edited and created file as prettier would write it', async () => {
    await expectPrettierClean(first);
  });

  it('changes nothing the second time, and says the capability is there', async () => {
    const again = await plan(after, auth);
    expect(again.created.size).toBe(0);
    expect(again.edited).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.unchanged).toEqual(['auth']);
  });
});

describe.each(['sqlite', 'postgres'] as const)('cache and auth on a %s service, in either order', (db) => {
  let service: Map<string, string>;
  const results = new Map<string, Map<string, string>>();

  /** Adds the capabilities one after the other, each plan prettier-clean; the service after the last. */
  async function added(capabilities: readonly CapabilityDefinition[]): Promise<Map<string, string>> {
    let files: Map<string, string> = service;
    for (const capability of capabilities) {
      const changes = await plan(files, capability);
      expect(changes.conflicts, capability.name).toEqual([]);
      await expectPrettierClean(changes);
      files = applied(files, changes);
    }
    return files;
  }

  beforeAll(async () => {
    service = await renderedService(db);
    results.set('cache, auth', await added([cache, auth]));
    results.set('auth, cache', await added([auth, cache]));
  });

  it('shares REDIS_URL and the Redis test support: one of each', () => {
    for (const files of results.values()) {
      expect(files.get('.env.example')?.match(/^REDIS_URL=/gm)).toHaveLength(1);
      expect(files.get('src/config.ts')?.match(/readonly redisUrl:/g)).toHaveLength(1);
      expect(files.get('src/bootstrap.ts')?.match(/redisUrl\?:/g)).toHaveLength(1);
      expect(files.get('src/main.ts')?.match(/redisUrl: config\.redisUrl/g)).toHaveLength(1);
      expect(files.get('src/config.ts')?.match(/function optionalUrl\(/g)).toHaveLength(1);
    }
  });

  it('writes the same files with the same lines either way; only the order of appended members may differ', () => {
    const [one, other] = [...results.values()] as [Map<string, string>, Map<string, string>];
    expect([...one.keys()].sort()).toEqual([...other.keys()].sort());
    // a JSON list's last entry has no comma
    const sortedLines = (text: string | undefined) =>
      (text ?? '')
        .split('\n')
        .map((line) => line.replace(/,$/, ''))
        .sort();
    for (const [path, text] of one) expect(sortedLines(other.get(path)), path).toEqual(sortedLines(text));
    // statements are placed by anchors of the base service, so the code runs in the same order
    for (const path of ['src/interfaces/http/app.ts', 'src/interfaces/http/plugins/openapi.ts', 'test/support/build-app.ts'])
      expect(other.get(path), path).toBe(one.get(path));
    const closeOf = (files: Map<string, string>) => /close: async \(\) => \{[^}]*\}/.exec(files.get('src/bootstrap.ts') ?? '')?.[0];
    expect(closeOf(other)).toBe(closeOf(one));
  });

  it('changes nothing when either is added again', async () => {
    for (const files of results.values()) {
      for (const capability of [cache, auth]) {
        const again = await plan(files, capability);
        expect(again.created.size + again.edited.length + again.conflicts.length, capability.name).toBe(0);
      }
    }
  });

  it('is applied by create --features in the registry order, whatever order the flag lists', () => {
    expect(parseFeatures('auth,cache')).toEqual(['cache', 'auth']);
    expect(parseFeatures('cache,auth')).toEqual(['cache', 'auth']);
  });
});
