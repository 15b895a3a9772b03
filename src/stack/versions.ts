/**
 * npm packages the generated service may depend on, with the range it pins. Every range is a
 * major that supports Node 20 (checked with `npm view <name> engines`). The generated
 * package.json takes its ranges from here (the `version()` template helper): the one place to bump.
 */
export const PACKAGE_VERSIONS = {
  fastify: '^5.6.1',
  '@sinclair/typebox': '^0.34.41',
  '@fastify/swagger': '^9.5.2',
  '@fastify/swagger-ui': '^5.2.3',
  '@fastify/cors': '^11.1.0',
  'drizzle-orm': '^0.45.1',
  'better-sqlite3': '^12.4.1',
  '@types/better-sqlite3': '^7.6.13',
  pino: '^10.1.0',
  vitest: '^4.0.10',
  'fast-check': '^4.3.0',
  eslint: '^9.39.1',
  '@eslint/js': '^9.39.1',
  'typescript-eslint': '^8.47.0',
  prettier: '3.10.1',
  typescript: '~5.9.3',
  tsx: '^4.20.6',
  '@types/node': '^20.19.25',
  '@types/autocannon': '^7.12.7',
  autocannon: '^8.0.0',
  '@libsql/client': '^0.18.0',
  postgres: '^3.4.7',
  ioredis: '^5.11.1',
  bullmq: '^6.7.0',
  '@fastify/websocket': '^11.3.0',
  ws: '^8.18.0',
  '@types/ws': '^8.18.1',
  'fast-jwt': '^6.3.4',
  '@fastify/oauth2': '^8.3.0',
  '@fastify/rate-limit': '^11.2.0',
  '@langchain/core': '^1.4.0',
  // exact: @langchain/openai 1.5.9+ (and 1.6) require Node 22; 1.5.8 is the last for Node 20
  '@langchain/openai': '1.5.8',
  '@langchain/langgraph': '^1.7.0',
  langchain: '^1.5.0',
  langfuse: '^3.39.0',
  'prom-client': '^15.1.0',
  // the 1.9 API and the 2.x trace SDK: the last lines that support Node 20 (3.x needs 22.15)
  '@opentelemetry/api': '~1.9.0',
  '@opentelemetry/sdk-trace-node': '^2.12.0',
  '@opentelemetry/exporter-trace-otlp-http': '^0.223.1',
  '@opentelemetry/resources': '^2.12.0',
} as const satisfies Record<string, string>;

export type PackageName = keyof typeof PACKAGE_VERSIONS;

/** `{ name: range }` for the named packages. */
export function pins(...names: PackageName[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, PACKAGE_VERSIONS[name]]));
}
