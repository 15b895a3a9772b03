/**
 * npm packages the generated service may depend on, with the range it pins. Every range is a
 * major that supports Node 20 (checked with `npm view <name> engines`). The one place to bump.
 */
export const PACKAGE_VERSIONS = {
  fastify: '^5.12.0',
  typebox: '^1.4.0',
  '@fastify/type-provider-typebox': '^6.3.0',
  '@fastify/swagger': '^9.9.0',
  '@fastify/swagger-ui': '^6.1.0',
  '@fastify/helmet': '^13.2.0',
  '@fastify/cors': '^11.4.0',
  'drizzle-orm': '^0.45.0',
  'better-sqlite3': '^12.0.0',
  '@types/better-sqlite3': '^7.6.0',
  pino: '^10.0.0',
  vitest: '^4.1.0',
  'fast-check': '^4.10.0',
  eslint: '^9.39.0',
  '@eslint/js': '^9.39.0',
  'typescript-eslint': '^8.73.0',
  prettier: '^3.10.0',
  typescript: '~5.9.3',
  autocannon: '^9.0.0',
  '@libsql/client': '^0.18.0',
  postgres: '^3.4.0',
  ioredis: '^6.0.0',
  bullmq: '^6.7.0',
  '@fastify/websocket': '^11.3.0',
  '@fastify/jwt': '^10.2.0',
  '@fastify/oauth2': '^8.3.0',
  '@fastify/rate-limit': '^11.2.0',
  '@langchain/core': '^1.4.0',
  '@langchain/langgraph': '^1.7.0',
  langchain: '^1.5.0',
  langfuse: '^3.39.0',
  'prom-client': '^15.1.0',
  '@opentelemetry/sdk-node': '^0.215.0',
} as const satisfies Record<string, string>;

export type PackageName = keyof typeof PACKAGE_VERSIONS;

/** `{ name: range }` for the named packages. */
export function pins(...names: PackageName[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, PACKAGE_VERSIONS[name]]));
}
