import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { readServiceConfig } from '../../src/aggregate/service-config.js';
import { auth } from '../../src/capabilities/auth.js';
import { llm } from '../../src/capabilities/llm.js';
import type { CapabilityDefinition } from '../../src/capabilities/types.js';
import { PACKAGE_VERSIONS } from '../../src/stack/versions.js';
import { applied, expectPrettierClean, planCapabilityOn, renderedService } from '../support/capability-plans.js';

const plan = (files: ReadonlyMap<string, string>, capability: CapabilityDefinition = llm) =>
  planCapabilityOn(files, capability);

const EDITED = [
  'src/config.ts',
  '.env.example',
  'src/bootstrap.ts',
  'src/main.ts',
  'src/interfaces/http/app.ts',
  'package.json',
  'docs/STACK.md',
  '.yo-rc.json',
];

const CREATED = [
  'src/application/llm/text-generator.ts',
  'src/application/llm/text-generation-errors.ts',
  'src/infrastructure/llm/fake-text-generator.ts',
  'src/infrastructure/llm/langchain-text-generator.ts',
  'src/infrastructure/llm/openai-chat-models.ts',
  'src/infrastructure/llm/text-generator-factory.ts',
  'src/interfaces/http/routes/llm.routes.ts',
  'src/interfaces/http/schemas/llm.schemas.ts',
  'test/unit/llm/llm-config.test.ts',
  'test/unit/llm/fake-text-generator.test.ts',
  'test/e2e/llm/completions.api.test.ts',
  'test/integration/llm/langchain-text-generator.test.ts',
  'test/support/llm/fake-openai-server.ts',
  'test/support/llm/failing-text-generator.ts',
];

describe.each(['sqlite', 'postgres'] as const)('planCapability(llm) on a %s service', (db) => {
  let service: Map<string, string>;
  let first: AggregatePlan;
  let after: Map<string, string>;

  beforeAll(async () => {
    service = await renderedService(db);
    first = await plan(service);
    after = applied(service, first);
  });

  it('creates the port, the adapters, the route and their tests, and edits exactly the files that wire them in', () => {
    expect([...first.created.keys()].sort()).toEqual([...CREATED].sort());
    for (const path of first.created.keys()) expect(service.has(path), path).toBe(false);
    expect(first.edited.map((change) => change.path).sort()).toEqual([...EDITED].sort());
    expect(first.conflicts).toEqual([]);
    expect(first.unchanged).toEqual([]);
  });

  it('builds the text generator in the composition root, overridable by tests, and exposes it in Services', () => {
    const bootstrap = after.get('src/bootstrap.ts') ?? '';
    expect(bootstrap).toMatch(
      /const logger = [^\n]+\n {2}const textGenerator = options\.textGenerator \?\? createTextGenerator\(options\.llm \?\? \{\}\);\n/,
    );
    expect(bootstrap).toContain('  llm?: LlmSettings;\n  textGenerator?: TextGenerator;\n');
    expect(bootstrap).toContain('readonly textGenerator: TextGenerator;');
    expect(bootstrap).toMatch(/\n {4}textGenerator,\n {2}\};/);
    expect(bootstrap).toContain("import { createTextGenerator } from './infrastructure/llm/text-generator-factory.js';");
    expect(after.get('src/main.ts')).toContain('  llm: config,\n');
  });

  it('registers the route after every other route, so the auth hook (when added) guards it', () => {
    const app = after.get('src/interfaces/http/app.ts') ?? '';
    expect(app).toMatch(
      /\n {2}await app\.register\(llmRoutes, \{ prefix: '\/api\/v1\/llm', textGenerator: services\.textGenerator \}\);\n {2}return app;/,
    );
    expect(app).toContain("import { llmRoutes } from './routes/llm.routes.js';");
  });

  it('reads its settings in config.ts: the fake by default, a provider refused without its model or key', () => {
    const config = after.get('src/config.ts') ?? '';
    expect(config).toContain("readonly llmProvider: 'fake' | 'openai';");
    expect(config).toContain("llmProvider: oneOf(env, 'LLM_PROVIDER', ['fake', 'openai'] as const, 'fake'),");
    for (const helper of ['optional', 'llmModel', 'llmApiKey', 'optionalUrl']) expect(config).toContain(`\nfunction ${helper}(env: Env`);
    expect(config).toContain("llmTimeoutMs: integer(env, 'LLM_TIMEOUT_MS', 30_000, 1000, 600_000),");
    expect(after.get('.env.example')).toMatch(
      /\nLLM_PROVIDER=fake\n# [^\n]+\nLLM_MODEL=\n# [^\n]+\nLLM_API_KEY=\n# [^\n]+\nLLM_BASE_URL=\n# [^\n]+\nLLM_TIMEOUT_MS=30000\n$/,
    );
  });

  it('depends on @langchain/core and the last @langchain/openai for Node 20, and documents LangChain and LangGraph', () => {
    const dependencies = JSON.parse(after.get('package.json') ?? '{}').dependencies as Record<string, string>;
    expect(dependencies['@langchain/core']).toBe(PACKAGE_VERSIONS['@langchain/core']);
    expect(dependencies['@langchain/openai']).toBe('1.5.8');
    const stack = after.get('docs/STACK.md') ?? '';
    expect(stack).toMatch(/\| llm +\| LangChain +\| LangChain\.js/);
    expect(stack).toMatch(/\| llm +\| LangGraph +\| not generated beyond the `TextGenerator` port/);
    expect(readServiceConfig(after.get('.yo-rc.json'), '/service').capabilities).toEqual(['llm']);
  });

  it('leaves every edited and created file as prettier would write it', async () => {
    await expectPrettierClean(first);
  });

  it('changes nothing the second time, and says the capability is there', async () => {
    const again = await plan(after);
    expect(again.created.size).toBe(0);
    expect(again.edited).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.unchanged).toEqual(['llm']);
  });

  it('refuses an app.ts whose routes are no longer registered with app.register, naming the file', async () => {
    const rewritten = new Map(service);
    const app = service.get('src/interfaces/http/app.ts') ?? '';
    rewritten.set('src/interfaces/http/app.ts', app.replaceAll('await app.register(', 'await app.use('));
    await expect(plan(rewritten)).rejects.toMatchObject({
      name: 'InputError',
      file: 'src/interfaces/http/app.ts',
      message: expect.stringMatching(/could not find a statement calling app\.register\(\) in function buildApp/),
    });
  });
});

describe.each(['sqlite', 'postgres'] as const)('llm and auth on a %s service, in either order', (db) => {
  it('puts the llm route after the auth hooks and every other route either way, prettier-clean', async () => {
    const service = await renderedService(db);
    const apps: string[] = [];
    for (const order of [
      [llm, auth],
      [auth, llm],
    ]) {
      let files: Map<string, string> = service;
      for (const capability of order) {
        const changes = await plan(files, capability);
        expect(changes.conflicts, capability.name).toEqual([]);
        await expectPrettierClean(changes);
        files = applied(files, changes);
      }
      apps.push(files.get('src/interfaces/http/app.ts') ?? '');
    }
    expect(apps[1]).toBe(apps[0]);
    const app = apps[0] ?? '';
    expect(app.indexOf('useAuth(')).toBeLessThan(app.indexOf('registerOpenApi(app)'));
    expect(app.indexOf('registerOpenApi(app)')).toBeLessThan(app.indexOf('llmRoutes, {'));
  });
});
