/** Configuration from the environment, validated once at start. A bad value stops the process. */

import { parseApiKeys } from './infrastructure/auth/api-key-list.js';
import type { ApiKeyEntry } from './infrastructure/auth/api-key-list.js';

export interface Config {
  readonly nodeEnv: 'development' | 'test' | 'production';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** false: CORS off; true: any origin; a list: those origins */
  readonly corsOrigins: boolean | string[];
  readonly migrateOnStart: boolean;
  readonly outboxPollMs: number;
  readonly redisUrl: string | undefined;
  readonly eventStream: string;
  readonly eventConsumerGroup: string;
  readonly eventMaxDeliveries: number;
  readonly eventClaimIdleMs: number;
  readonly queuePrefix: string;
  readonly queueConcurrency: number;
  readonly webhookUrl: string | undefined;
  readonly webhookSecret: string | undefined;
  readonly webhookEvents: readonly string[];
  readonly cacheTtlSeconds: number;
  readonly websocketHeartbeatSeconds: number;
  readonly websocketMaxBufferedBytes: number;
  readonly jwtSecret: string | undefined;
  readonly jwtIssuer: string | undefined;
  readonly jwtAudience: string | undefined;
  readonly apiKeys: readonly ApiKeyEntry[];
  readonly rateLimitMax: number;
  readonly rateLimitWindowMs: number;
  readonly llmProvider: 'fake' | 'openai';
  readonly llmModel: string | undefined;
  readonly llmApiKey: string | undefined;
  readonly llmBaseUrl: string | undefined;
  readonly llmTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<const T extends readonly string[]>(
  env: Env,
  name: string,
  values: T,
  fallback: T[number],
): T[number] {
  const value = env[name] ?? fallback;
  if (!values.includes(value))
    throw new ConfigError(`${name} must be one of ${values.join(', ')} (got "${value}")`);
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function origins(raw: string | undefined): boolean | string[] {
  if (raw === undefined || raw.trim() === '') return false;
  if (raw.trim() === '*') return true;
  const list = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list)
    if (!URL.canParse(origin))
      throw new ConfigError(`CORS_ORIGINS must list URLs or be * (got "${origin}")`);
  return list;
}

function optionalUrl(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!URL.canParse(raw) || !protocols.includes(new URL(raw).protocol))
    throw new ConfigError(
      `${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL (got "${raw}")`,
    );
  return raw;
}

function keyName(env: Env, name: string, fallback: string): string {
  const value = env[name] ?? fallback;
  if (!/^[\w.:-]{1,200}$/.test(value))
    throw new ConfigError(`${name} must be 1-200 letters, digits, or . : _ - (got "${value}")`);
  return value;
}

function matching(env: Env, name: string, pattern: RegExp, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!pattern.test(raw))
    throw new ConfigError(`${name} must match ${pattern.source} (got "${raw}")`);
  return raw;
}

/** WEBHOOK_EVENTS: a comma-separated list of event types, required when WEBHOOK_URL is set. */
function webhookEvents(env: Env): string[] {
  if (env.WEBHOOK_URL === undefined || env.WEBHOOK_URL.trim() === '') return [];
  const types = (env.WEBHOOK_EVENTS ?? '')
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  if (types.length === 0)
    throw new ConfigError('WEBHOOK_EVENTS must list the event types to POST to WEBHOOK_URL');
  for (const type of types)
    if (!/^[A-Za-z][A-Za-z0-9_.]*$/.test(type))
      throw new ConfigError(`WEBHOOK_EVENTS must list event type names (got "${type}")`);
  return types;
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function jwtSecret(env: Env, nodeEnv: Config['nodeEnv']): string | undefined {
  const secret = optional(env, 'JWT_SECRET');
  if (secret === undefined && nodeEnv === 'production')
    throw new ConfigError('JWT_SECRET is required in production (at least 32 characters)');
  if (secret !== undefined && secret.length < 32)
    throw new ConfigError(`JWT_SECRET must have at least 32 characters (got ${secret.length})`);
  return secret;
}

function apiKeys(env: Env): ApiKeyEntry[] {
  try {
    return parseApiKeys(env.API_KEYS ?? '');
  } catch (error) {
    throw new ConfigError(`API_KEYS ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** LLM_MODEL: unused by the fake provider, required by any other. */
function llmModel(env: Env): string | undefined {
  const provider = env.LLM_PROVIDER ?? 'fake';
  const model = optional(env, 'LLM_MODEL');
  if (model === undefined && provider !== 'fake')
    throw new ConfigError(`LLM_PROVIDER=${provider} needs LLM_MODEL (e.g. gpt-4o-mini)`);
  return model;
}

/** LLM_API_KEY, or the provider's own (OPENAI_API_KEY): unused by the fake, required by any other. */
function llmApiKey(env: Env): string | undefined {
  const provider = env.LLM_PROVIDER ?? 'fake';
  const own = `${provider.toUpperCase()}_API_KEY`;
  const key = optional(env, 'LLM_API_KEY') ?? optional(env, own);
  if (key === undefined && provider !== 'fake')
    throw new ConfigError(
      `LLM_PROVIDER=${provider} needs LLM_API_KEY (or ${own}); any value for a local server`,
    );
  return key;
}

export function loadConfig(env: Env): Config {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'test', 'production'] as const,
    'development',
  );
  const databaseUrl = env.DATABASE_URL ?? './data/app.db';
  if (databaseUrl.trim() === '') throw new ConfigError('DATABASE_URL must not be empty');
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      'info',
    ),
    corsOrigins: origins(env.CORS_ORIGINS),
    migrateOnStart: flag(env, 'MIGRATE_ON_START', true),
    outboxPollMs: integer(env, 'OUTBOX_POLL_MS', 1000, 10, 3_600_000),
    redisUrl: optionalUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    eventStream: keyName(env, 'EVENT_STREAM', 'domain-events'),
    eventConsumerGroup: keyName(env, 'EVENT_CONSUMER_GROUP', 'event-handlers'),
    eventMaxDeliveries: integer(env, 'EVENT_MAX_DELIVERIES', 5, 1, 1000),
    eventClaimIdleMs: integer(env, 'EVENT_CLAIM_IDLE_MS', 30_000, 100, 86_400_000),
    queuePrefix: matching(env, 'QUEUE_PREFIX', /^[\w.:-]+$/, 'tasks'),
    queueConcurrency: integer(env, 'QUEUE_CONCURRENCY', 5, 1, 1000),
    webhookUrl: optionalUrl(env, 'WEBHOOK_URL', ['http:', 'https:']),
    webhookSecret: env.WEBHOOK_SECRET === '' ? undefined : env.WEBHOOK_SECRET,
    webhookEvents: webhookEvents(env),
    cacheTtlSeconds: integer(env, 'CACHE_TTL_SECONDS', 60, 1, 86_400),
    websocketHeartbeatSeconds: integer(env, 'WEBSOCKET_HEARTBEAT_SECONDS', 30, 1, 3600),
    websocketMaxBufferedBytes: integer(env, 'WEBSOCKET_MAX_BUFFERED_BYTES', 1_048_576, 1024, 1e9),
    jwtSecret: jwtSecret(env, nodeEnv),
    jwtIssuer: optional(env, 'JWT_ISSUER'),
    jwtAudience: optional(env, 'JWT_AUDIENCE'),
    apiKeys: apiKeys(env),
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 100, 0, 1_000_000),
    rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 1000, 86_400_000),
    llmProvider: oneOf(env, 'LLM_PROVIDER', ['fake', 'openai'] as const, 'fake'),
    llmModel: llmModel(env),
    llmApiKey: llmApiKey(env),
    llmBaseUrl: optionalUrl(env, 'LLM_BASE_URL', ['http:', 'https:']),
    llmTimeoutMs: integer(env, 'LLM_TIMEOUT_MS', 30_000, 1000, 600_000),
  };
}
