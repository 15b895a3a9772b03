/** What the generated service can do, whether it does it today, and the packages and files behind it. */
import { pins } from './versions.js';

export type CapabilityId =
  | 'http'
  | 'openapi'
  | 'persistence'
  | 'migrations'
  | 'unit-of-work'
  | 'message-bus'
  | 'config'
  | 'logging'
  | 'testing'
  | 'lint'
  | 'security'
  | 'container'
  | 'ci'
  | 'load-test'
  | 'postgres'
  | 'event-bus'
  | 'queue'
  | 'cache'
  | 'websocket'
  | 'auth'
  | 'llm'
  | 'observability';

export type Capability =
  | { status: 'generated'; packages: Record<string, string>; files: readonly string[] }
  /** `howTo`: the command that adds it (today) */
  | { status: 'available'; packages: Record<string, string>; files: readonly string[]; howTo: string }
  /** `howTo`: the command that will add it */
  | { status: 'planned'; packages: Record<string, string>; howTo: string };

const planned = (howTo: string, packages: Record<string, string>): Capability => ({
  status: 'planned',
  packages,
  howTo,
});
const add = (id: CapabilityId): string => `npx agent-backend add ${id}`;

export const CAPABILITIES: Record<CapabilityId, Capability> = {
  http: {
    status: 'generated',
    packages: pins('fastify', '@sinclair/typebox'),
    files: ['src/interfaces/http/app.ts', 'src/interfaces/http/routes/', 'src/main.ts'],
  },
  openapi: {
    status: 'generated',
    packages: pins('@fastify/swagger', '@fastify/swagger-ui'),
    files: ['src/interfaces/http/plugins/openapi.ts'],
  },
  persistence: {
    status: 'generated',
    packages: pins('drizzle-orm', 'better-sqlite3', '@types/better-sqlite3'),
    files: ['src/infrastructure/db/client.ts', 'src/infrastructure/db/schema.ts', 'src/infrastructure/repositories.ts'],
  },
  migrations: {
    status: 'generated',
    packages: {},
    files: ['migrations/', 'src/infrastructure/db/migrator.ts', 'src/infrastructure/db/migrate.ts'],
  },
  'unit-of-work': {
    status: 'generated',
    packages: {},
    files: ['src/application/unit-of-work.ts', 'src/infrastructure/unit-of-work.ts'],
  },
  'message-bus': {
    status: 'generated',
    packages: {},
    files: ['src/application/message-bus.ts', 'src/infrastructure/outbox/'],
  },
  config: { status: 'generated', packages: {}, files: ['src/config.ts', '.env.example'] },
  logging: { status: 'generated', packages: pins('pino'), files: ['src/application/logger.ts', 'src/interfaces/http/request-logger.ts', 'src/interfaces/http/app.ts'] },
  testing: {
    status: 'generated',
    packages: pins('vitest', 'fast-check'),
    files: ['vitest.config.ts', 'test/unit/', 'test/integration/', 'test/e2e/'],
  },
  lint: {
    status: 'generated',
    packages: pins('eslint', '@eslint/js', 'typescript-eslint', 'prettier', 'typescript'),
    files: ['eslint.config.js', '.prettierrc.json', 'tsconfig.json'],
  },
  security: {
    status: 'generated',
    packages: pins('@fastify/cors'),
    files: ['src/interfaces/http/plugins/security-headers.ts', 'src/interfaces/http/app.ts'],
  },
  container: { status: 'generated', packages: {}, files: ['Dockerfile', '.dockerignore'] },
  ci: { status: 'generated', packages: {}, files: ['.github/workflows/ci.yml'] },
  'load-test': { status: 'generated', packages: pins('autocannon'), files: ['bench/load.ts'] },
  postgres: planned('npx create-agent-backend --db postgres', pins('postgres')),
  'event-bus': {
    status: 'available',
    packages: pins('ioredis'),
    files: ['src/application/events/', 'src/infrastructure/events/', 'src/consumer.ts'],
    howTo: add('event-bus'),
  },
  queue: {
    status: 'available',
    packages: pins('bullmq', 'ioredis'),
    files: ['src/application/tasks/', 'src/infrastructure/tasks/', 'src/worker.ts'],
    howTo: add('queue'),
  },
  cache: {
    status: 'available',
    packages: pins('ioredis'),
    files: ['src/application/read-cache.ts', 'src/application/cached-queries.ts', 'src/infrastructure/cache/'],
    howTo: add('cache'),
  },
  websocket: {
    status: 'available',
    packages: pins('@fastify/websocket'),
    files: [
      'src/application/live-events/',
      'src/interfaces/http/live-events/',
      'src/interfaces/http/plugins/websocket.ts',
      'src/interfaces/http/routes/event-stream.routes.ts',
    ],
    howTo: add('websocket'),
  },
  auth: {
    status: 'available',
    packages: pins('fast-jwt', '@fastify/rate-limit', 'ioredis'),
    files: [
      'src/interfaces/http/plugins/auth.ts',
      'src/interfaces/http/plugins/rate-limit.ts',
      'src/interfaces/http/auth/',
      'src/application/auth/',
      'src/infrastructure/auth/',
    ],
    howTo: add('auth'),
  },
  llm: {
    status: 'available',
    packages: pins('@langchain/core', '@langchain/openai'),
    files: ['src/application/llm/', 'src/infrastructure/llm/', 'src/interfaces/http/routes/llm.routes.ts'],
    howTo: add('llm'),
  },
  observability: {
    status: 'available',
    packages: pins(
      'prom-client',
      '@opentelemetry/api',
      '@opentelemetry/sdk-trace-node',
      '@opentelemetry/exporter-trace-otlp-http',
      '@opentelemetry/resources',
    ),
    files: [
      'src/application/observability/',
      'src/infrastructure/observability/',
      'src/interfaces/http/plugins/metrics.ts',
      'src/interfaces/http/plugins/tracing.ts',
    ],
    howTo: add('observability'),
  },
};
