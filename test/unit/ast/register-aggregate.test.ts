import { describe, expect, it } from 'vitest';
import {
  registerAggregates,
  REGISTRATION_FILES,
  type AggregateRegistration,
} from '../../../src/ast/register-aggregate.js';
import { lines } from './edit-source.js';
import { generatedService } from './generated-service.js';

const promptVersion: AggregateRegistration = {
  name: 'PromptVersion',
  documentation: {
    domainSection: '## PromptVersion\n\nA version of a prompt.\n',
    apiRows: ['| GET | /api/v1/prompt-versions | list prompt versions |'],
  },
};

function registered(files: Map<string, string>, aggregates: readonly AggregateRegistration[]): Map<string, string> {
  return new Map([...files, ...registerAggregates(files, aggregates)]);
}

describe('registerAggregates', () => {
  const after = registered(generatedService(), [promptVersion]);
  const file = (path: string) => after.get(path);

  it('exports the table from the schema index', () => {
    expect(file(REGISTRATION_FILES.schemaIndex)).toBe(
      lines(
        `export * from './outbox.table.js';`,
        `export * from '../prompt/prompt.table.js';`,
        `export * from '../prompt-version/prompt-version.table.js';`,
      ),
    );
  });

  it('adds the repository to the Repositories port, with a type import', () => {
    expect(file(REGISTRATION_FILES.repositoriesPort)).toBe(
      lines(
        `import type { PromptRepository } from '../domain/prompt/prompt.repository.js';`,
        `import type { PromptVersionRepository } from '../domain/prompt-version/prompt-version.repository.js';`,
        '',
        '/** Every repository a handler can reach through the unit of work. */',
        'export interface Repositories {',
        '  readonly prompts: PromptRepository;',
        '  readonly promptVersions: PromptVersionRepository;',
        '}',
        '',
        'export interface UnitOfWork {',
        '  readonly repositories: Repositories;',
        '  commit(): Promise<void>;',
        '}',
      ),
    );
  });

  it('constructs the Drizzle repository in createRepositories', () => {
    expect(file(REGISTRATION_FILES.repositoriesFactory)).toBe(
      lines(
        `import type { Database } from './db/client.js';`,
        `import { DrizzlePromptRepository } from './prompt/drizzle-prompt.repository.js';`,
        `import { DrizzlePromptVersionRepository } from './prompt-version/drizzle-prompt-version.repository.js';`,
        '',
        'export function createRepositories(db: Database): TrackedRepositories {',
        '  return {',
        '    prompts: new DrizzlePromptRepository(db),',
        '    promptVersions: new DrizzlePromptVersionRepository(db),',
        '  };',
        '}',
      ),
    );
  });

  it('adds the read side to the Queries port and to createQueries', () => {
    expect(file(REGISTRATION_FILES.queriesPort)).toBe(
      lines(
        `import type { PromptQueries } from './prompt/queries.js';`,
        `import type { PromptVersionQueries } from './prompt-version/queries.js';`,
        '',
        'export interface Queries {',
        '  readonly prompts: PromptQueries;',
        '  readonly promptVersions: PromptVersionQueries;',
        '}',
      ),
    );
    expect(file(REGISTRATION_FILES.queriesFactory)).toContain(
      lines(
        '    prompts: new DrizzlePromptQueries(db),',
        '    promptVersions: new DrizzlePromptVersionQueries(db),',
        '  };',
      ),
    );
    expect(file(REGISTRATION_FILES.queriesFactory)).toContain(
      `import { DrizzlePromptVersionQueries } from './prompt-version/drizzle-prompt-version.queries.js';\n`,
    );
  });

  it('spreads the command and event handlers in bootstrap', () => {
    expect(file(REGISTRATION_FILES.bootstrap)).toBe(
      lines(
        `import { MessageBus, type CommandHandlerMap, type EventHandlerMap } from './application/message-bus.js';`,
        `import { promptCommandHandlers, promptEventHandlers } from './application/prompt/handlers.js';`,
        'import {',
        '  promptVersionCommandHandlers,',
        '  promptVersionEventHandlers,',
        `} from './application/prompt-version/handlers.js';`,
        '',
        '/** The only place adapters are constructed. */',
        'export function bootstrap(overrides: Partial<Dependencies> = {}) {',
        '  const deps = { ...defaults(), ...overrides };',
        '  const commandHandlers: CommandHandlerMap = {',
        '    ...promptCommandHandlers,',
        '    ...promptVersionCommandHandlers,',
        '  };',
        '  const eventHandlers: EventHandlerMap = {',
        '    ...promptEventHandlers,',
        '    ...promptVersionEventHandlers,',
        '  };',
        '  return { bus: new MessageBus(deps.uow, commandHandlers, eventHandlers), queries: deps.queries };',
        '}',
      ),
    );
  });

  it('registers the routes in buildApp after the last route plugin', () => {
    expect(file(REGISTRATION_FILES.app)).toBe(
      lines(
        `import Fastify from 'fastify';`,
        `import { errorHandler } from './plugins/error-handler.js';`,
        `import { promptRoutes } from './routes/prompt.routes.js';`,
        `import { promptVersionRoutes } from './routes/prompt-version.routes.js';`,
        '',
        'export async function buildApp(services: Services) {',
        '  const app = Fastify({ logger: false });',
        '  app.setErrorHandler(errorHandler);',
        '',
        '  await app.register(promptRoutes, {',
        `    prefix: '/api/v1/prompts',`,
        '    bus: services.bus,',
        '    queries: services.queries,',
        '  });',
        '  await app.register(promptVersionRoutes, {',
        `    prefix: '/api/v1/prompt-versions',`,
        '    bus: services.bus,',
        '    queries: services.queries,',
        '  });',
        '',
        '  return app;',
        '}',
      ),
    );
  });

  it('adds the fake repository to the test support', () => {
    expect(file(REGISTRATION_FILES.fakeRepositories)).toBe(
      lines(
        `import { FakePromptRepository } from './fake-prompt.repository.js';`,
        `import { FakePromptVersionRepository } from './fake-prompt-version.repository.js';`,
        '',
        'export interface FakeRepositories {',
        '  readonly prompts: FakePromptRepository;',
        '  readonly promptVersions: FakePromptVersionRepository;',
        '}',
        '',
        'export function createFakeRepositories(): FakeRepositories {',
        '  return {',
        '    prompts: new FakePromptRepository(),',
        '    promptVersions: new FakePromptVersionRepository(),',
        '  };',
        '}',
      ),
    );
  });

  it('records the aggregate in .yo-rc.json and documents it', () => {
    expect(JSON.parse(file('.yo-rc.json') ?? '')).toEqual({
      'create-agent-backend': { db: 'sqlite', context: 'Prompts', aggregates: ['Prompt', 'PromptVersion'] },
    });
    expect(file('docs/domain.md')).toBe(
      lines(
        '# Domain: Prompts',
        '',
        '## Prompt',
        '',
        'A prompt.',
        '',
        '## PromptVersion',
        '',
        'A version of a prompt.',
        '',
        '## The domain file',
        '',
        '## PromptVersion',
      ),
    );
    expect(file('README.md')).toContain(
      lines('| GET | /api/v1/prompts | list prompts |', '| GET | /api/v1/prompt-versions | list prompt versions |', ''),
    );
  });

  it('changes nothing when the same aggregate is registered again', () => {
    expect(registerAggregates(after, [promptVersion]).size).toBe(0);
  });

  it('registers the aggregate the service was generated with as already there', () => {
    expect(registerAggregates(generatedService(), [{ name: 'Prompt' }]).size).toBe(0);
  });

  it('registers several aggregates in one run, in order', () => {
    const both = registered(generatedService(), [{ name: 'Invoice' }, { name: 'Customer' }]);
    expect(both.get(REGISTRATION_FILES.schemaIndex)).toBe(
      lines(
        `export * from './outbox.table.js';`,
        `export * from '../prompt/prompt.table.js';`,
        `export * from '../invoice/invoice.table.js';`,
        `export * from '../customer/customer.table.js';`,
      ),
    );
  });

  it('keeps what the user added between two runs', () => {
    const edited = new Map(after);
    const withExtraRoute = (after.get(REGISTRATION_FILES.app) ?? '').replace(
      '\n  return app;',
      `\n  // health check, added by hand\n  await app.register(healthRoutes);\n\n  return app;`,
    );
    edited.set(REGISTRATION_FILES.app, withExtraRoute);
    const next = registered(edited, [{ name: 'Invoice' }]);
    expect(next.get(REGISTRATION_FILES.app)).toContain(
      lines(
        '  // health check, added by hand',
        '  await app.register(healthRoutes);',
        '  await app.register(invoiceRoutes, {',
        `    prefix: '/api/v1/invoices',`,
        '    bus: services.bus,',
        '    queries: services.queries,',
        '  });',
        '',
        '  return app;',
      ),
    );
  });

  it('imports nothing for a registration the user rewrote and whose import they removed', () => {
    const rewritten = new Map(after);
    const factory = (after.get(REGISTRATION_FILES.repositoriesFactory) ?? '')
      .replace(
        `import { DrizzlePromptVersionRepository } from './prompt-version/drizzle-prompt-version.repository.js';\n`,
        `import { CachedPromptVersions } from './cached.js';\n`,
      )
      .replace('new DrizzlePromptVersionRepository(db)', 'new CachedPromptVersions(db)');
    rewritten.set(REGISTRATION_FILES.repositoriesFactory, factory);
    expect(registerAggregates(rewritten, [promptVersion]).size).toBe(0);
  });

  it('uses the name the user gave the database parameter', () => {
    const renamed = generatedService();
    const factory = (renamed.get(REGISTRATION_FILES.repositoriesFactory) ?? '').replaceAll('(db', '(database');
    renamed.set(REGISTRATION_FILES.repositoriesFactory, factory);
    const out = registerAggregates(renamed, [{ name: 'Invoice' }]).get(REGISTRATION_FILES.repositoriesFactory);
    expect(out).toContain('    invoices: new DrizzleInvoiceRepository(database),\n');
  });

  it('stops with the file and the structure it looked for when the user renamed it', () => {
    const renamed = generatedService();
    renamed.set(
      REGISTRATION_FILES.app,
      (renamed.get(REGISTRATION_FILES.app) ?? '').replace('buildApp', 'createServer'),
    );
    expect(() => registerAggregates(renamed, [{ name: 'Invoice' }])).toThrow(
      'src/interfaces/http/app.ts: could not find a top-level function named buildApp (a function declaration, or a const set to an arrow function or function expression); restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it.each([
    [
      REGISTRATION_FILES.repositoriesPort,
      'interface Repositories',
      'interface Repos',
      'an interface Repositories { … } or a type Repositories = { … }',
    ],
    [
      REGISTRATION_FILES.repositoriesFactory,
      'function createRepositories',
      'function makeRepositories',
      'a top-level function named createRepositories',
    ],
    [
      REGISTRATION_FILES.bootstrap,
      'const eventHandlers',
      'const onEvents',
      'a const eventHandlers set to an object literal { … } in function bootstrap',
    ],
    [
      REGISTRATION_FILES.fakeRepositories,
      'return {',
      'const all = {',
      'an object literal returned by function createFakeRepositories',
    ],
  ])('names %s and what it looked for when the user changed `%s`', (path, from, to, lookedFor) => {
    const changed = generatedService();
    changed.set(path, (changed.get(path) ?? '').replace(from, to));
    expect(() => registerAggregates(changed, [{ name: 'Invoice' }])).toThrow(`could not find ${lookedFor}`);
    expect(() => registerAggregates(changed, [{ name: 'Invoice' }])).toThrow(
      new RegExp(`^${path.replaceAll('.', '\\.')}(:\\d+)?: `),
    );
  });
});
