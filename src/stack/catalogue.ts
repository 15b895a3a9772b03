/**
 * THE catalogue: every technology an agent spec may name, the aliases that find it, and what it
 * becomes in the generated service. Detection, `explain` and `docs/STACK.md` all read this table.
 * Aliases given as strings match case-insensitively; a RegExp is used where a name is also a word.
 */
import { generated, notApplicable, planned, type Technology } from './technology.js';
import { pins } from './versions.js';

export type { Category, CapabilityId, Technology, TechnologyStatus } from './technology.js';

const WEB_FRAMEWORK = 'another web framework; the HTTP layer is Fastify 5 (see FastAPI)';
const OTHER_ORM = 'another ORM; persistence is Drizzle ORM (see SQLAlchemy)';
const TASK_RUNNER = 'another task runner; background jobs are BullMQ (see Celery)';
const NOT_SQL = 'not supported: persistence is SQL (SQLite, or PostgreSQL later) through Drizzle';
const TEST_TOOL = 'a Python/Go test library; tests are vitest + fast-check';
const FASTIFY = 'Fastify 5 (as for FastAPI)';

// One row per line keeps the table readable as a table.
// prettier-ignore
export const CATALOGUE: readonly Technology[] = [
  // languages and runtimes
  { id: 'python', name: 'Python', category: 'language', aliases: ['Python'], ...notApplicable('the generated service is TypeScript on Node.js', 'TypeScript on Node.js 20+') },
  { id: 'go', name: 'Go', category: 'language', aliases: ['Golang', /Go(?= \d+\.\d+|\/| (?:modules|workspaces|ecosystem|idioms|developer|expert|applications?|code|development|language)\b)/], ...notApplicable('the generated service is TypeScript on Node.js', 'TypeScript on Node.js 20+') },
  { id: 'nodejs', name: 'Node.js', category: 'language', aliases: [/node\.?js/i], ...generated('http', 'Node.js 20+ runtime', ['package.json']) },
  { id: 'typescript', name: 'TypeScript', category: 'language', aliases: ['TypeScript'], ...generated('lint', 'TypeScript strict', ['tsconfig.json']) },
  { id: 'asyncio', name: 'asyncio', category: 'language', aliases: ['asyncio'], ...notApplicable('Node.js is asynchronous by design (async/await)', 'async/await') },
  { id: 'poetry', name: 'Poetry', category: 'language', aliases: [/Poetry/], ...notApplicable('Python packaging; the service uses npm') },
  // web and API
  { id: 'fastapi', name: 'FastAPI', category: 'web', aliases: ['FastAPI'], ...generated('http', 'Fastify 5 + TypeBox schemas') },
  { id: 'pydantic', name: 'Pydantic', category: 'web', aliases: ['Pydantic'], ...generated('http', 'TypeBox schemas (Ajv validation, response serialisation)', ['src/interfaces/http/schemas/']) },
  { id: 'openapi', name: 'OpenAPI / JSON Schema', category: 'api', aliases: ['OpenAPI', 'Swagger', 'JSON Schema'], ...generated('openapi', '@fastify/swagger: /openapi.json, UI at /docs') },
  { id: 'dependency-injection', name: 'Dependency injection', category: 'web', aliases: ['dependency injection', 'IoC container', 'Depends()', '依存性注入'], ...generated('http', 'one explicit composition root', ['src/bootstrap.ts']) },
  { id: 'fastify', name: 'Fastify', category: 'web', aliases: ['Fastify'], ...generated('http', 'Fastify 5') },
  { id: 'django', name: 'Django', category: 'web', aliases: ['Django'], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'flask', name: 'Flask', category: 'web', aliases: ['Flask'], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'starlette', name: 'Starlette', category: 'web', aliases: ['Starlette'], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'tornado', name: 'Tornado', category: 'web', aliases: [/Tornado/], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'aiohttp', name: 'aiohttp', category: 'web', aliases: ['aiohttp'], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'litestar', name: 'Litestar', category: 'web', aliases: ['Litestar'], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'gin', name: 'Gin', category: 'web', aliases: ['gin-gonic', /(?<=(?:Go|fiber|echo)\/)gin/i, /gin(?=\s+(?:web\s+)?frameworks?)/i], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'fiber', name: 'Fiber', category: 'web', aliases: ['gofiber', /fiber(?=\/gin|\s+(?:web\s+)?frameworks?)/i], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'nestjs', name: 'NestJS', category: 'web', aliases: ['NestJS', 'Nest.js'], ...notApplicable('not used: plain Fastify with an explicit composition root covers modules, DI and guards', FASTIFY) },
  { id: 'express', name: 'Express', category: 'web', aliases: ['Express.js', 'ExpressJS', /Express(?= (?:server|app|middleware|framework))/], ...notApplicable(WEB_FRAMEWORK, FASTIFY) },
  { id: 'graphql', name: 'GraphQL', category: 'api', aliases: ['GraphQL', 'gqlgen'], ...notApplicable('no GraphQL layer: the API is REST + OpenAPI') },
  { id: 'grpc', name: 'gRPC', category: 'api', aliases: ['gRPC', 'protocol buffers', 'protobuf'], ...notApplicable('no gRPC layer: the API is REST + OpenAPI') },
  { id: 'cors', name: 'CORS', category: 'security', aliases: ['CORS'], ...generated('security', '@fastify/cors') },
  { id: 'security-headers', name: 'Security headers', category: 'security', aliases: ['security headers', 'helmet', 'セキュリティヘッダー'], ...generated('security', 'security headers of the OWASP REST cheat sheet, set by one onRequest hook') },
  { id: 'websocket', name: 'WebSocket', category: 'api', aliases: [/web[ _-]?sockets?/i], ...planned('websocket', '@fastify/websocket broadcasting domain events to subscribers') },
  // data
  { id: 'sqlalchemy', name: 'SQLAlchemy', category: 'data', aliases: ['SQLAlchemy'], ...generated('persistence', 'Drizzle ORM behind domain repository ports') },
  { id: 'alembic', name: 'Alembic', category: 'data', aliases: ['Alembic'], ...generated('migrations', 'versioned SQL migrations applied by `npm run db:migrate`') },
  { id: 'sqlite', name: 'SQLite', category: 'data', aliases: ['SQLite', 'sqlite3'], ...generated('persistence', 'a local SQLite file through better-sqlite3 (the default)') },
  { id: 'turso', name: 'Turso / libSQL', category: 'data', aliases: ['Turso', 'libSQL'], capability: 'persistence', translation: 'Drizzle over @libsql/client (Turso by URL)', packages: pins('@libsql/client'), files: [], status: 'planned', reason: 'planned: `--db libsql` (Turso by URL); the default is a local SQLite file, same SQL' },
  { id: 'drizzle', name: 'Drizzle ORM', category: 'data', aliases: ['Drizzle'], ...generated('persistence', 'Drizzle ORM') },
  { id: 'unit-of-work', name: 'Unit of Work', category: 'data', aliases: ['Unit of Work'], ...generated('unit-of-work', 'one DB transaction per command, events written to an outbox') },
  { id: 'postgresql', name: 'PostgreSQL', category: 'data', aliases: [/postgres(?:ql)?/i], ...planned('postgres', 'Drizzle over postgres.js; the same repository tests') },
  { id: 'redis', name: 'Redis', category: 'data', aliases: [/Redis(?![ _-]?streams?)/i], ...planned('cache', 'ioredis: cache-aside invalidated by domain events') },
  { id: 'gorm', name: 'GORM', category: 'data', aliases: ['GORM'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'django-orm', name: 'Django ORM', category: 'data', aliases: ['Django ORM'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'tortoise-orm', name: 'Tortoise ORM', category: 'data', aliases: ['Tortoise ORM'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'sqlmodel', name: 'SQLModel', category: 'data', aliases: ['SQLModel'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'beanie', name: 'Beanie', category: 'data', aliases: [/Beanie/], ...notApplicable(NOT_SQL) },
  { id: 'prisma', name: 'Prisma', category: 'data', aliases: ['Prisma'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'typeorm', name: 'TypeORM', category: 'data', aliases: ['TypeORM'], ...notApplicable(OTHER_ORM, 'Drizzle ORM') },
  { id: 'mysql', name: 'MySQL', category: 'data', aliases: ['MySQL', 'MariaDB'], ...notApplicable('no MySQL adapter: persistence is SQLite, or PostgreSQL later, through Drizzle') },
  { id: 'mongodb', name: 'MongoDB', category: 'data', aliases: ['MongoDB', 'Mongoose'], ...notApplicable(NOT_SQL) },
  { id: 'elasticsearch', name: 'Elasticsearch', category: 'data', aliases: ['Elasticsearch'], ...notApplicable(NOT_SQL) },
  { id: 'dynamodb', name: 'DynamoDB', category: 'data', aliases: ['DynamoDB'], ...notApplicable(NOT_SQL) },
  { id: 'memcached', name: 'Memcached', category: 'data', aliases: ['Memcached'], ...notApplicable('no Memcached adapter; caching is Redis (`npx agent-backend add cache`)') },
  { id: 'event-sourcing', name: 'Event sourcing', category: 'data', aliases: ['event sourcing', 'イベントソーシング'], ...notApplicable('aggregates are stored as state; their events go to an outbox, not an event store') },
  // messaging
  { id: 'message-bus', name: 'Message bus', category: 'messaging', aliases: ['message bus', 'メッセージバス', 'outbox'], ...generated('message-bus', 'in-process bus; outbox relay publishes after commit') },
  { id: 'cqrs', name: 'CQRS', category: 'messaging', aliases: ['CQRS'], ...generated('message-bus', 'commands and queries with separate handlers', ['src/application/']) },
  { id: 'redis-streams', name: 'Redis Streams', category: 'messaging', aliases: ['Redis Streams', 'Redis Stream', 'XADD'], ...planned('event-bus', 'Redis Streams via ioredis: consumer groups, at-least-once, idempotent consumers') },
  { id: 'celery', name: 'Celery', category: 'messaging', aliases: ['Celery'], ...planned('queue', 'BullMQ on Redis') },
  { id: 'rq', name: 'RQ', category: 'messaging', aliases: [/RQ/], ...notApplicable(TASK_RUNNER, 'BullMQ on Redis') },
  { id: 'dramatiq', name: 'Dramatiq', category: 'messaging', aliases: ['Dramatiq'], ...notApplicable(TASK_RUNNER, 'BullMQ on Redis') },
  { id: 'apscheduler', name: 'APScheduler', category: 'messaging', aliases: ['APScheduler'], ...notApplicable(TASK_RUNNER, 'BullMQ on Redis') },
  { id: 'airflow', name: 'Airflow', category: 'messaging', aliases: ['Airflow'], ...notApplicable('workflow orchestration is outside the service') },
  { id: 'kafka', name: 'Kafka', category: 'messaging', aliases: ['Kafka'], ...notApplicable('no Kafka adapter; the event bus is Redis Streams (`npx agent-backend add event-bus`)') },
  { id: 'rabbitmq', name: 'RabbitMQ', category: 'messaging', aliases: ['RabbitMQ', 'AMQP'], ...notApplicable('no RabbitMQ adapter; queues are BullMQ (`npx agent-backend add queue`)') },
  // security
  { id: 'jwt', name: 'JWT', category: 'security', aliases: ['JWT', 'JSON Web Token'], ...planned('auth', 'fast-jwt + role guard', pins('fast-jwt')) },
  { id: 'oauth', name: 'OAuth', category: 'security', aliases: [/OAuth ?2?(?:\.0)?/i], capability: 'auth', translation: '@fastify/oauth2', packages: pins('@fastify/oauth2'), files: [], status: 'planned', reason: 'planned: `npx agent-backend add auth` verifies bearer JWTs and API keys today; the OAuth 2.0 flows (@fastify/oauth2) come later' },
  { id: 'rbac', name: 'RBAC', category: 'security', aliases: ['RBAC', 'role-based access control', 'ロールベースアクセス制御'], ...planned('auth', 'role guard on routes', pins('fast-jwt')) },
  { id: 'api-keys', name: 'API keys', category: 'security', aliases: [/API[ _-]?keys?/i, 'APIキー'], ...planned('auth', 'API-key guard', {}) },
  { id: 'rate-limiting', name: 'Rate limiting', category: 'security', aliases: [/rate[ _-]?limit(?:ing|er|s)?/i, 'レート制限'], ...planned('auth', '@fastify/rate-limit', pins('@fastify/rate-limit')) },
  { id: 'clerk', name: 'Clerk', category: 'security', aliases: [/Clerk/], ...notApplicable('no Clerk adapter; a Clerk-issued JWT can be verified by `npx agent-backend add auth`') },
  { id: 'security-scanners', name: 'Trivy / Snyk', category: 'security', aliases: ['Trivy', 'Snyk'], ...notApplicable('security scanning is not part of the generated CI') },
  // AI
  { id: 'langchain', name: 'LangChain', category: 'ai', aliases: ['LangChain'], ...planned('llm', 'LangChain.js behind an LLM port, with a fake for tests', pins('@langchain/core', 'langchain')) },
  { id: 'langgraph', name: 'LangGraph', category: 'ai', aliases: ['LangGraph'], capability: 'llm', translation: 'LangGraph.js', packages: pins('@langchain/langgraph'), files: [], status: 'planned', reason: 'planned: `npx agent-backend add llm` gives a text-generation port and a LangChain.js adapter; agent graphs (LangGraph.js) come later' },
  { id: 'litellm', name: 'LiteLLM', category: 'ai', aliases: ['LiteLLM'], ...planned('llm', 'provider routing through LangChain.js chat models') },
  { id: 'langfuse', name: 'LangFuse', category: 'ai', aliases: ['LangFuse'], capability: 'llm', translation: 'Langfuse tracing of LLM calls', packages: pins('langfuse'), files: [], status: 'planned', reason: 'planned: `npx agent-backend add llm` has no Langfuse tracing yet' },
  // testing and quality
  { id: 'pytest', name: 'pytest', category: 'testing', aliases: ['pytest'], ...generated('testing', 'vitest') },
  { id: 'hypothesis', name: 'Hypothesis (property-based testing)', category: 'testing', aliases: [/(?<=["'`])hypothesis(?=["'`])/i, /Hypothesis/, 'property-based testing'], ...generated('testing', 'fast-check property tests') },
  { id: 'jest', name: 'Jest', category: 'testing', aliases: ['Jest'], ...notApplicable('tests are vitest (Jest-compatible API)', 'vitest') },
  { id: 'vitest', name: 'Vitest', category: 'testing', aliases: ['Vitest'], ...generated('testing', 'vitest') },
  { id: 'python-test-tools', name: 'unittest / factory_boy', category: 'testing', aliases: ['unittest', 'factory_boy'], ...notApplicable(TEST_TOOL, 'vitest') },
  { id: 'go-test-tools', name: 'Go test tools (testify, gomock, mockery, gopter)', category: 'testing', aliases: ['testify', 'gomock', 'mockery', 'gopter'], ...notApplicable(TEST_TOOL, 'vitest') },
  { id: 'testcontainers', name: 'Testcontainers', category: 'testing', aliases: [/test[ _-]?containers/i], ...notApplicable('integration tests use a real SQLite file; servers come from DATABASE_URL / REDIS_URL') },
  { id: 'locust', name: 'Locust', category: 'testing', aliases: ['Locust'], ...generated('load-test', 'autocannon load script with a p95 budget') },
  { id: 'k6', name: 'k6', category: 'testing', aliases: ['k6'], ...generated('load-test', 'autocannon load script with a p95 budget') },
  { id: 'ruff', name: 'Ruff', category: 'quality', aliases: ['Ruff'], ...generated('lint', 'ESLint (typescript-eslint) + prettier', ['eslint.config.js', '.prettierrc.json']) },
  { id: 'mypy', name: 'mypy', category: 'quality', aliases: ['mypy'], ...generated('lint', '`tsc --noEmit`, strict', ['tsconfig.json']) },
  { id: 'eslint', name: 'ESLint', category: 'quality', aliases: ['ESLint'], ...generated('lint', 'ESLint (typescript-eslint)', ['eslint.config.js']) },
  { id: 'pre-commit', name: 'pre-commit hooks', category: 'quality', aliases: ['pre-commit'], ...notApplicable('no git hooks are installed; lint and typecheck run in CI') },
  { id: 'go-tooling', name: 'Go tooling (golangci-lint, staticcheck, pprof)', category: 'quality', aliases: ['golangci-lint', 'staticcheck', 'pprof'], ...notApplicable('Go tooling; the service uses ESLint and tsc') },
  // operations
  { id: 'structured-logging', name: 'Structured logging (structlog)', category: 'operations', aliases: ['structlog', 'slog', 'structured logging', '構造化ログ', '構造化ロギング'], ...generated('logging', 'pino JSON logs with a request id') },
  { id: 'loki', name: 'Loki', category: 'operations', aliases: [/Loki/], ...notApplicable('log aggregation is outside the service; pino writes JSON to stdout') },
  { id: 'prometheus', name: 'Prometheus', category: 'operations', aliases: ['Prometheus'], ...planned('observability', 'prom-client metrics endpoint', pins('prom-client')) },
  { id: 'opentelemetry', name: 'OpenTelemetry', category: 'operations', aliases: ['OpenTelemetry'], ...planned('observability', 'OpenTelemetry spans (@opentelemetry/api), exported over OTLP when configured', pins('@opentelemetry/api', '@opentelemetry/sdk-trace-node', '@opentelemetry/exporter-trace-otlp-http')) },
  { id: 'environment-config', name: 'Environment configuration', category: 'operations', aliases: ['environment variables', 'pydantic-settings', 'dotenv', '.env', '環境変数'], ...generated('config', 'validated environment (PORT, DATABASE_URL, …) read once at start') },
  { id: 'docker', name: 'Docker', category: 'operations', aliases: [/docker(?![ _-]?compose)/i, 'Dockerfile'], ...generated('container', 'multi-stage Dockerfile') },
  { id: 'docker-compose', name: 'Docker Compose', category: 'operations', aliases: ['Docker Compose', 'docker-compose', 'compose.yaml'], ...notApplicable('no compose file: the default service needs no server; a Dockerfile is generated') },
  { id: 'kubernetes', name: 'Kubernetes', category: 'operations', aliases: ['Kubernetes', 'k8s'], ...notApplicable('deployment manifests are not generated') },
  { id: 'github-actions', name: 'GitHub Actions', category: 'operations', aliases: ['GitHub Actions', '.github/workflows'], ...generated('ci', 'CI workflow: typecheck, lint, test, build') },
  { id: 'cloudflare-workers', name: 'Cloudflare Workers', category: 'operations', aliases: ['Cloudflare Workers'], ...notApplicable('the service runs on Node.js, not an edge runtime') },
];
