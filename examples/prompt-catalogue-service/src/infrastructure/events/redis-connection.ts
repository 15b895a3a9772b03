/** Opening and closing the ioredis connections of the event bus. */
import { Redis } from 'ioredis';
import type { Logger } from '../../application/logger.js';

/**
 * Connects on first use and reconnects by itself; a command fails after a few reconnect attempts
 * instead of waiting. An outage is logged once, and its end once.
 */
export function connectRedis(url: string, name: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    connectionName: name,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) logger.error({ err: error, connection: name }, 'redis unreachable, retrying');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger.info({ connection: name }, 'redis reachable again');
    down = false;
  });
  return redis;
}

export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'wait' || redis.status === 'end') {
    redis.disconnect();
    return;
  }
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}
