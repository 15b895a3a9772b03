/**
 * The shared files of a generated service with one aggregate, Prompt, shaped like the examples
 * in docs/generated-layout.md — what `registerAggregates` edits.
 */
import { lines } from './edit-source.js';

export const schemaIndex = lines(`export * from './outbox.table.js';`, `export * from '../prompt/prompt.table.js';`);

export const unitOfWork = lines(
  `import type { PromptRepository } from '../domain/prompt/prompt.repository.js';`,
  '',
  '/** Every repository a handler can reach through the unit of work. */',
  'export interface Repositories {',
  '  readonly prompts: PromptRepository;',
  '}',
  '',
  'export interface UnitOfWork {',
  '  readonly repositories: Repositories;',
  '  commit(): Promise<void>;',
  '}',
);

export const repositories = lines(
  `import type { Database } from './db/client.js';`,
  `import { DrizzlePromptRepository } from './prompt/drizzle-prompt.repository.js';`,
  '',
  'export function createRepositories(db: Database): TrackedRepositories {',
  '  return {',
  '    prompts: new DrizzlePromptRepository(db),',
  '  };',
  '}',
);

export const queriesPort = lines(
  `import type { PromptQueries } from './prompt/queries.js';`,
  '',
  'export interface Queries {',
  '  readonly prompts: PromptQueries;',
  '}',
);

export const queriesFactory = lines(
  `import type { Queries } from '../application/queries.js';`,
  `import type { Database } from './db/client.js';`,
  `import { DrizzlePromptQueries } from './prompt/drizzle-prompt.queries.js';`,
  '',
  'export function createQueries(db: Database): Queries {',
  '  return {',
  '    prompts: new DrizzlePromptQueries(db),',
  '  };',
  '}',
);

export const bootstrap = lines(
  `import { MessageBus, type CommandHandlerMap, type EventHandlerMap } from './application/message-bus.js';`,
  `import { promptCommandHandlers, promptEventHandlers } from './application/prompt/handlers.js';`,
  '',
  '/** The only place adapters are constructed. */',
  'export function bootstrap(overrides: Partial<Dependencies> = {}) {',
  '  const deps = { ...defaults(), ...overrides };',
  '  const commandHandlers: CommandHandlerMap = {',
  '    ...promptCommandHandlers,',
  '  };',
  '  const eventHandlers: EventHandlerMap = {',
  '    ...promptEventHandlers,',
  '  };',
  '  return { bus: new MessageBus(deps.uow, commandHandlers, eventHandlers), queries: deps.queries };',
  '}',
);

export const app = lines(
  `import Fastify from 'fastify';`,
  `import { errorHandler } from './plugins/error-handler.js';`,
  `import { promptRoutes } from './routes/prompt.routes.js';`,
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
  '',
  '  return app;',
  '}',
);

export const fakeRepositories = lines(
  `import { FakePromptRepository } from './fake-prompt.repository.js';`,
  '',
  'export interface FakeRepositories {',
  '  readonly prompts: FakePromptRepository;',
  '}',
  '',
  'export function createFakeRepositories(): FakeRepositories {',
  '  return {',
  '    prompts: new FakePromptRepository(),',
  '  };',
  '}',
);

export const yoRc = lines(
  '{',
  '  "create-agent-backend": {',
  '    "db": "sqlite",',
  '    "context": "Prompts",',
  '    "aggregates": [',
  '      "Prompt"',
  '    ]',
  '  }',
  '}',
);

export const domainDoc = lines(
  '# Domain: Prompts',
  '',
  '## Prompt',
  '',
  'A prompt.',
  '',
  '## The domain file',
  '',
  '## PromptVersion',
);

export const readme = lines(
  '# prompts',
  '',
  '## API',
  '',
  '| Method | Path | Purpose |',
  '| --- | --- | --- |',
  '| GET | /api/v1/prompts | list prompts |',
  '',
  '## Development',
);

export function generatedService(): Map<string, string> {
  return new Map([
    ['src/infrastructure/db/schema.ts', schemaIndex],
    ['src/application/unit-of-work.ts', unitOfWork],
    ['src/infrastructure/repositories.ts', repositories],
    ['src/application/queries.ts', queriesPort],
    ['src/infrastructure/queries.ts', queriesFactory],
    ['src/bootstrap.ts', bootstrap],
    ['src/interfaces/http/app.ts', app],
    ['test/support/fakes/fake-repositories.ts', fakeRepositories],
    ['.yo-rc.json', yoRc],
    ['docs/domain.md', domainDoc],
    ['README.md', readme],
  ]);
}
