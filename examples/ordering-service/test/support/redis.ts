/**
 * Redis for the tests that need it (REDIS_URL, default redis://127.0.0.1:6379). Unreachable:
 * those tests are skipped with the reason printed — except with CI=true, where it is a failure.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function unreachable(): Promise<string | undefined> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return (cause ?? (error instanceof Error ? error : new Error(String(error)))).message;
  } finally {
    redis.disconnect();
  }
}

/** Why the Redis tests of `what` are skipped (printed), or undefined when they run; throws when CI=true. */
export async function redisSkipReason(what: string): Promise<string | undefined> {
  const reason = await unreachable();
  if (reason === undefined) return undefined;
  const where = URL.canParse(redisUrl) ? new URL(redisUrl).host : 'REDIS_URL';
  if (process.env.CI === 'true')
    throw new Error(`${what}: no Redis at ${where} (${reason}), and CI=true needs it`);
  console.warn(
    `SKIPPED ${what}: no Redis at ${where} (${reason}). Set REDIS_URL; with CI=true they fail instead.`,
  );
  return reason;
}

/** A key prefix no other test run uses. */
export function uniquePrefix(): string {
  return `test-${process.pid}-${randomUUID().slice(0, 8)}`;
}

/** Deletes every key under the prefix. */
export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
