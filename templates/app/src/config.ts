/** Configuration from the environment, validated once at start. A bad value stops the process. */

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
  };
}
