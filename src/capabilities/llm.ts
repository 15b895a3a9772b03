/**
 * `add llm`: a TextGenerator port in the application layer, a LangChain.js adapter (ChatOpenAI:
 * OpenAI or any OpenAI-compatible server) and a fake that answers when no provider is set, used
 * by POST /api/v1/llm/completions (guarded by the auth capability when present, as a write).
 */
import type { CapabilityDefinition } from './types.js';

const BOOTSTRAP = 'src/bootstrap.ts';
const TEXT_GENERATOR = './application/llm/text-generator.js';
const FACTORY = './infrastructure/llm/text-generator-factory.js';

export const llm: CapabilityDefinition = {
  name: 'llm',
  summary: 'text generation behind a port: LangChain.js (OpenAI or an OpenAI-compatible server), a fake without LLM_PROVIDER; POST /api/v1/llm/completions',
  templates: ['llm'],
  dependencies: ['@langchain/core', '@langchain/openai'],
  settings: [
    {
      name: 'LLM_PROVIDER',
      value: 'fake',
      comment: 'fake: a canned answer, no model called (the default); openai: OpenAI, or an OpenAI-compatible server at LLM_BASE_URL',
      key: 'llmProvider',
      type: "'fake' | 'openai'",
      read: "oneOf(env, 'LLM_PROVIDER', ['fake', 'openai'] as const, 'fake')",
    },
    {
      name: 'LLM_MODEL',
      value: '',
      comment: 'the chat model (e.g. gpt-4o-mini); required unless LLM_PROVIDER=fake',
      key: 'llmModel',
      type: 'string | undefined',
      read: 'llmModel(env)',
      helpers: ['optional', 'llmModel'],
    },
    {
      name: 'LLM_API_KEY',
      value: '',
      comment: "the provider's API key (or OPENAI_API_KEY); required unless LLM_PROVIDER=fake — any value for a local server",
      key: 'llmApiKey',
      type: 'string | undefined',
      read: 'llmApiKey(env)',
      helpers: ['optional', 'llmApiKey'],
    },
    {
      name: 'LLM_BASE_URL',
      value: '',
      comment: 'empty: api.openai.com; else an OpenAI-compatible server (e.g. http://127.0.0.1:11434/v1 for Ollama)',
      key: 'llmBaseUrl',
      type: 'string | undefined',
      read: "optionalUrl(env, 'LLM_BASE_URL', ['http:', 'https:'])",
      helpers: ['optionalUrl'],
    },
    {
      name: 'LLM_TIMEOUT_MS',
      value: '30000',
      comment: 'how long one generation may take, retries included, before the API answers 504',
      key: 'llmTimeoutMs',
      type: 'number',
      read: "integer(env, 'LLM_TIMEOUT_MS', 30_000, 1000, 600_000)",
    },
  ],
  wiring: [
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'llm',
      memberType: 'LlmSettings',
      optional: true,
      imports: [{ from: FACTORY, names: ['LlmSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'textGenerator',
      memberType: 'TextGenerator',
      optional: true,
      imports: [{ from: TEXT_GENERATOR, names: ['TextGenerator'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'textGenerator',
      memberType: 'TextGenerator',
      readonly: true,
      imports: [{ from: TEXT_GENERATOR, names: ['TextGenerator'], typeOnly: true }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const textGenerator = options.textGenerator ?? createTextGenerator(options.llm ?? {});',
      present: { declares: 'textGenerator' },
      place: { after: 'logger' },
      imports: [{ from: FACTORY, names: ['createTextGenerator'] }],
    },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'textGenerator', initializer: 'textGenerator' },
    // LlmSettings are Config's llm… members
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'llm', initializer: 'config' },
    {
      kind: 'statement',
      file: 'src/interfaces/http/app.ts',
      function: 'buildApp',
      statement: "await app.register(llmRoutes, { prefix: '/api/v1/llm', textGenerator: services.textGenerator });",
      present: { mentions: 'llmRoutes' },
      place: { afterCall: 'app.register' },
      imports: [{ from: './routes/llm.routes.js', names: ['llmRoutes'] }],
    },
  ],
  stack: [
    {
      spec: 'LangChain',
      choice:
        'LangChain.js (@langchain/core, @langchain/openai ChatOpenAI) behind a `TextGenerator` port; LLM_PROVIDER=openai with LLM_BASE_URL for OpenAI-compatible servers; a labelled fake without a provider and in tests; POST /api/v1/llm/completions (502/504 problem+json)',
      files: ['src/application/llm/', 'src/infrastructure/llm/', 'src/interfaces/http/routes/llm.routes.ts'],
    },
    {
      spec: 'LangGraph',
      choice: 'not generated beyond the `TextGenerator` port: build a graph (@langchain/langgraph) in src/infrastructure/llm/ behind it when a use case needs one',
      files: ['src/application/llm/text-generator.ts'],
    },
  ],
};
