/**
 * The Redis that tests of Redis paths use: REDIS_URL, else the local default. Without a server
 * those tests skip and say why — except with CI=true, where a missing server fails the run.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function unreachableBecause(): Promise<string | undefined> {
  const client = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause: Error | undefined;
  client.on('error', (error: Error) => {
    cause ??= error;
  });
  try {
    await client.connect();
    await client.ping();
    return undefined;
  } catch (error) {
    return (cause ?? (error instanceof Error ? error : new Error(String(error)))).message;
  } finally {
    client.disconnect();
  }
}

/** True when the tests that need Redis must skip (printed); throws when CI=true and it is absent. */
export async function withoutRedis(): Promise<boolean> {
  const reason = await unreachableBecause();
  if (reason === undefined) return false;
  if (process.env.CI === 'true') {
    throw new Error(`no Redis at ${TEST_REDIS_URL} (${reason}): CI=true requires it`);
  }
  console.warn(
    `SKIPPED Redis tests: no Redis at ${TEST_REDIS_URL} (${reason}). Set REDIS_URL; with CI=true they fail instead.`,
  );
  return true;
}

/** A key prefix of the test's own, so parallel runs never see each other's keys. */
export function testPrefix(name: string): string {
  return `test:${name}:${randomBytes(6).toString('hex')}:`;
}
