/**
 * `add auth`: bearer JWTs and API keys, roles (reader ⊂ writer ⊂ admin) on every route under
 * /api/ through one onRoute hook, OpenAPI security schemes, and a per-IP rate limit (in Redis
 * when REDIS_URL is set). The settings reach the HTTP app through `Services`.
 */
import type { CapabilityDefinition, Setting } from './types.js';
import { REDIS_URL } from './shared-settings.js';

const BOOTSTRAP = 'src/bootstrap.ts';
const APP = 'src/interfaces/http/app.ts';
const API_KEY_LIST = './infrastructure/auth/api-key-list.js';
const AUTH_PLUGIN = './interfaces/http/plugins/auth.js';
const RATE_LIMIT_PLUGIN = './interfaces/http/plugins/rate-limit.js';

const optionalText = (name: string, key: string, comment: string): Setting => ({
  name,
  value: '',
  comment,
  key,
  type: 'string | undefined',
  read: `optional(env, '${name}')`,
  helpers: ['optional'],
});

export const auth: CapabilityDefinition = {
  name: 'auth',
  summary: 'JWT bearer tokens and API keys, roles on every /api/ route, rate limit per client IP (Redis when REDIS_URL is set)',
  templates: ['shared', 'auth'],
  dependencies: ['fast-jwt', '@fastify/rate-limit', 'ioredis'],
  settings: [
    REDIS_URL,
    {
      name: 'JWT_SECRET',
      value: '',
      comment:
        'HS256 secret for bearer tokens, at least 32 characters (e.g. `openssl rand -hex 32`); required in production, unset elsewhere: no token verifies',
      key: 'jwtSecret',
      type: 'string | undefined',
      read: 'jwtSecret(env, nodeEnv)',
      helpers: ['optional', 'jwtSecret'],
    },
    optionalText('JWT_ISSUER', 'jwtIssuer', 'when set, tokens must carry this issuer (iss)'),
    optionalText('JWT_AUDIENCE', 'jwtAudience', 'when set, tokens must carry this audience (aud)'),
    {
      name: 'API_KEYS',
      value: '',
      comment: 'service clients: comma-separated name:key:role1|role2 (key ≥ 32 characters; roles reader, writer, admin)',
      key: 'apiKeys',
      type: 'readonly ApiKeyEntry[]',
      read: 'apiKeys(env)',
      helpers: ['apiKeys'],
      imports: [
        { from: API_KEY_LIST, names: ['parseApiKeys'] },
        { from: API_KEY_LIST, names: ['ApiKeyEntry'], typeOnly: true },
      ],
    },
    {
      name: 'RATE_LIMIT_MAX',
      value: '100',
      comment: 'requests allowed per window from one client IP (health endpoints do not count); 0: no limit',
      key: 'rateLimitMax',
      type: 'number',
      read: "integer(env, 'RATE_LIMIT_MAX', 100, 0, 1_000_000)",
    },
    {
      name: 'RATE_LIMIT_WINDOW_MS',
      value: '60000',
      comment: 'the rate-limit window in milliseconds',
      key: 'rateLimitWindowMs',
      type: 'number',
      read: "integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1000, 86_400_000)",
    },
  ],
  wiring: [
    // the composition root: options in, what the HTTP app needs out (Services)
    { kind: 'type-member', file: BOOTSTRAP, type: 'BootstrapOptions', name: 'redisUrl', memberType: 'string | undefined', optional: true },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'apiKeys',
      memberType: 'readonly ApiKeyEntry[]',
      optional: true,
      imports: [{ from: API_KEY_LIST, names: ['ApiKeyEntry'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'auth',
      memberType: 'AuthSettings',
      optional: true,
      imports: [{ from: AUTH_PLUGIN, names: ['AuthSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'rateLimit',
      memberType: 'RateLimitSettings',
      optional: true,
      imports: [{ from: RATE_LIMIT_PLUGIN, names: ['RateLimitSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'apiKeys',
      memberType: 'ApiKeyStore',
      readonly: true,
      imports: [{ from: './application/auth/api-key-store.js', names: ['ApiKeyStore'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'redis',
      memberType: 'Redis | undefined',
      readonly: true,
      imports: [{ from: 'ioredis', names: ['Redis'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'auth',
      memberType: 'AuthSettings',
      readonly: true,
      imports: [{ from: AUTH_PLUGIN, names: ['AuthSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'rateLimit',
      memberType: 'RateLimitSettings | undefined',
      readonly: true,
      imports: [{ from: RATE_LIMIT_PLUGIN, names: ['RateLimitSettings'], typeOnly: true }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const redis = options.redisUrl === undefined ? undefined : connectRedis(options.redisUrl, logger);',
      present: { declares: 'redis' },
      place: { after: 'logger' },
      imports: [{ from: './infrastructure/redis/redis-client.js', names: ['connectRedis'] }],
    },
    {
      kind: 'returned-property',
      file: BOOTSTRAP,
      function: 'bootstrap',
      name: 'apiKeys',
      initializer: 'new StaticApiKeyStore(options.apiKeys ?? [])',
      imports: [{ from: './infrastructure/auth/static-api-key-store.js', names: ['StaticApiKeyStore'] }],
    },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'redis', initializer: 'redis' },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'auth', initializer: 'options.auth ?? {}' },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'rateLimit', initializer: 'options.rateLimit' },
    {
      kind: 'returned-function-statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      property: 'close',
      statement: 'await redis?.quit();',
      mentions: 'redis?.quit',
      after: 'relay.stop',
    },
    // the entry point: configuration into the composition root
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'redisUrl', initializer: 'config.redisUrl' },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'apiKeys', initializer: 'config.apiKeys' },
    {
      kind: 'call-argument-property',
      file: 'src/main.ts',
      callee: 'bootstrap',
      name: 'auth',
      initializer: '{ secret: config.jwtSecret, issuer: config.jwtIssuer, audience: config.jwtAudience }',
    },
    {
      kind: 'call-argument-property',
      file: 'src/main.ts',
      callee: 'bootstrap',
      name: 'rateLimit',
      initializer: '{ max: config.rateLimitMax, windowMs: config.rateLimitWindowMs }',
    },
    // the HTTP app: counted, then authenticated, before any route is registered
    {
      kind: 'statement',
      file: APP,
      function: 'buildApp',
      statement: 'await useRateLimit(app, services.rateLimit, services.redis);',
      present: { mentions: 'useRateLimit(' },
      place: { beforeCall: 'registerOpenApi' },
      imports: [{ from: './plugins/rate-limit.js', names: ['useRateLimit'] }],
    },
    {
      kind: 'statement',
      file: APP,
      function: 'buildApp',
      statement: 'useAuth(app, services.auth, services.apiKeys);',
      present: { mentions: 'useAuth(' },
      place: { beforeCall: 'registerOpenApi' },
      imports: [{ from: './plugins/auth.js', names: ['useAuth'] }],
    },
    {
      kind: 'call-argument-property',
      file: 'src/interfaces/http/plugins/openapi.ts',
      callee: 'app.register',
      firstArgument: 'swagger',
      path: ['openapi'],
      name: 'components',
      initializer: '{ securitySchemes: SECURITY_SCHEMES }',
      imports: [{ from: '../auth/security-schemes.js', names: ['SECURITY_SCHEMES'] }],
    },
    // tests: every request of app.inject() carries a token with every role unless it says otherwise
    {
      kind: 'statement',
      file: 'test/support/build-app.ts',
      function: 'buildTestApp',
      statement: 'authorizeByDefault(app);',
      present: { mentions: 'authorizeByDefault(' },
      place: { after: 'app' },
      imports: [{ from: './auth.js', names: ['authorizeByDefault'] }],
    },
  ],
  readme: {
    heading: '## Authentication',
    body: [
      'Every route under `/api/` needs a credential: an API key in `x-api-key`, or a bearer JWT signed',
      'with `JWT_SECRET` (HS256, with `sub`, `exp` and a `roles` claim). Reads need `reader`, writes',
      '`writer`; `admin` has both. For local use, start with a key that has every role:',
      '',
      '```sh',
      'export API_KEY=$(openssl rand -hex 32)',
      'API_KEYS="dev:$API_KEY:admin" npm run dev',
      'curl -H "x-api-key: $API_KEY" http://localhost:3000/api/v1/…',
      '```',
      '',
      'Each client IP gets `RATE_LIMIT_MAX` requests per `RATE_LIMIT_WINDOW_MS` (shared through Redis',
      'when `REDIS_URL` is set). See `.env.example` for every setting.',
    ].join('\n'),
  },
  stack: [
    {
      spec: 'JWT',
      choice: 'fast-jwt (HS256, `sub`+`exp` required, optional iss/aud) as `app.jwt`, `roles` claim',
      files: ['src/interfaces/http/plugins/auth.ts', 'src/interfaces/http/auth/authenticate.ts', 'src/interfaces/http/auth/tokens.ts', 'src/interfaces/http/auth/token-claims.ts'],
    },
    {
      spec: 'RBAC',
      choice: 'roles reader ⊂ writer ⊂ admin; an onRoute hook guards every `/api/` route (reads reader, writes writer), per-route `config.auth` and an override map',
      files: ['src/application/auth/roles.ts', 'src/interfaces/http/auth/route-roles.ts', 'src/interfaces/http/plugins/auth.ts'],
    },
    {
      spec: 'API keys',
      choice: '`X-API-Key` from `API_KEYS` (name:key:roles), found by the SHA-256 digest of the key (keys are never compared)',
      files: ['src/application/auth/api-key-store.ts', 'src/infrastructure/auth/api-key-list.ts', 'src/infrastructure/auth/static-api-key-store.ts'],
    },
    {
      spec: 'Rate limiting',
      choice: '@fastify/rate-limit per client IP, 429 problem+json with Retry-After; in memory, or Redis (ioredis) with REDIS_URL',
      files: ['src/interfaces/http/plugins/rate-limit.ts', 'src/infrastructure/redis/redis-client.ts'],
    },
  ],
};
