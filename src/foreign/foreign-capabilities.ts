/**
 * The capabilities `add` can write into a repository the tool did not create: those that stand
 * on their own. Their modules are the generated service's own files where they do not lean on
 * its base (relocated into one folder, imports rewritten), plus a few written for this case
 * (settings from the environment, routes for Fastify and Express, tests in any runner).
 */
export interface ForeignCapability {
  name: string;
  /** role → [template under templates/, file stem]; verbatim files keep their stems: their imports name them */
  modules: Record<string, [string, string]>;
  /** role → [template, file stem] of the tests, written when the runner is one the tool writes for */
  tests: Record<string, [string, string]>;
  /**
   * HTTP routes, when the repository has a Fastify or Express instance: the route templates are
   * `foreign/<name>/routes-<framework>.ts.ejs`; `modules` only they use; the slice kernel comes along.
   */
  routes?: {
    prefix: string;
    fastify: string;
    express: string;
    modules: Record<string, [string, string]>;
    tests: string;
  };
  dependencies: string[];
}

const LLM = 'capabilities/llm/src';
const CACHE = 'capabilities/cache/src';

export const FOREIGN_CAPABILITIES: readonly ForeignCapability[] = [
  {
    name: 'llm',
    modules: {
      'text-generator': [`${LLM}/application/llm/text-generator.ts`, 'text-generator'],
      // its own copy: the service's uses ErrorOptions (lib ES2022), which older targets lack
      'text-generation-errors': ['foreign/llm/text-generation-errors.ts', 'text-generation-errors'],
      fake: [`${LLM}/infrastructure/llm/fake-text-generator.ts`, 'fake-text-generator'],
      langchain: [`${LLM}/infrastructure/llm/langchain-text-generator.ts`, 'langchain-text-generator'],
      openai: [`${LLM}/infrastructure/llm/openai-chat-models.ts`, 'openai-chat-models'],
      factory: [`${LLM}/infrastructure/llm/text-generator-factory.ts`, 'text-generator-factory'],
      settings: ['foreign/llm/llm-settings.ts', 'llm-settings'],
    },
    tests: { llm: ['foreign/llm/llm.test.ts.ejs', 'llm'] },
    routes: {
      prefix: '/llm',
      fastify: 'llmRoutes',
      express: 'llmRouter',
      modules: {
        'completion-input': ['foreign/llm/completion-input.ts.ejs', 'completion-input'],
        'gateway-problem': ['foreign/llm/gateway-problem.ts.ejs', 'gateway-problem'],
      },
      tests: 'foreign/llm/routes.test.ts.ejs',
    },
    dependencies: ['@langchain/core', '@langchain/openai'],
  },
  {
    name: 'cache',
    modules: {
      'read-cache': [`${CACHE}/application/read-cache.ts`, 'read-cache'],
      memory: [`${CACHE}/infrastructure/cache/memory-read-cache.ts`, 'memory-read-cache'],
      redis: [`${CACHE}/infrastructure/cache/redis-read-cache.ts`, 'redis-read-cache'],
      factory: [`${CACHE}/infrastructure/cache/create-read-cache.ts`, 'create-read-cache'],
      'from-env': ['foreign/cache/read-cache-from-env.ts', 'read-cache-from-env'],
    },
    tests: { cache: ['foreign/cache/cache.test.ts.ejs', 'read-cache'] },
    dependencies: ['ioredis'],
  },
];

export const FOREIGN_CAPABILITY_NAMES = FOREIGN_CAPABILITIES.map((capability) => capability.name);
