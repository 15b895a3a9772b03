/**
 * The event consumer process: reads the Redis stream as one consumer of the group and runs the
 * bus's event handlers and the reactions on each event, once per handler. SIGTERM/SIGINT: the
 * event in hand is finished, no more are read, connections close. Needs REDIS_URL.
 */
import { hostname } from 'node:os';
import { pino } from 'pino';
import { EventDispatcher } from '../../application/events/event-dispatcher.js';
import { reactions as defaultReactions } from '../../application/events/reactions.js';
import type { UnitOfWorkEventHandlerMap } from '../../application/events/unit-of-work-event-handler.js';
import { bootstrap } from '../../bootstrap.js';
import { ConfigError, loadConfig, type Config } from '../../config.js';
import { environment } from '../../environment.js';
import { DrizzleProcessedMessages } from '../../infrastructure/events/drizzle-processed-messages.js';
import { closeRedis, connectRedis } from '../../infrastructure/events/redis-connection.js';
import { RedisStreamConsumer } from '../../infrastructure/events/redis-stream-consumer.js';

export interface ConsumerProcessOptions {
  /** the reactions to run (default: those of src/application/events/reactions.ts) */
  reactions?: UnitOfWorkEventHandlerMap;
}

function configOrExit(): Config & { redisUrl: string } {
  try {
    const config = loadConfig(environment());
    if (config.redisUrl === undefined)
      throw new ConfigError('REDIS_URL is required: the consumer reads the event stream there');
    return { ...config, redisUrl: config.redisUrl };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`configuration error: ${error.message}`);
    process.exit(1);
  }
}

/** Starts the consumer; resolves once it is reading. */
export function runConsumer(options: ConsumerProcessOptions = {}): Promise<void> {
  const config = configOrExit();
  const logger = pino({ level: config.logLevel });
  const services = bootstrap({
    databaseUrl: config.databaseUrl,
    migrate: config.migrateOnStart,
    logger,
    redisUrl: config.redisUrl,
    eventStream: config.eventStream,
  });
  const dispatcher = new EventDispatcher({
    handlers: services.eventHandlers,
    unitOfWorkHandlers: options.reactions ?? defaultReactions,
    processed: new DrizzleProcessedMessages(services.database),
    logger,
  });
  const redis = connectRedis(config.redisUrl, 'event-consumer', logger);
  const consumer = new RedisStreamConsumer({
    redis,
    stream: config.eventStream,
    group: config.eventConsumerGroup,
    consumer: `${hostname()}-${process.pid}`,
    maxDeliveries: config.eventMaxDeliveries,
    claimIdleMs: config.eventClaimIdleMs,
    blockMs: Math.min(2000, config.eventClaimIdleMs),
    handle: (event) => dispatcher.dispatch(event),
    logger,
  });

  async function shutdown(signal: NodeJS.Signals): Promise<void> {
    logger.info({ signal }, 'consumer stopping');
    setTimeout(() => process.exit(1), 10_000).unref();
    await consumer.stop();
    await closeRedis(redis);
    await services.close();
    logger.info('consumer stopped');
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, (s) => void shutdown(s));
  consumer.start();
  logger.info(
    { stream: config.eventStream, group: config.eventConsumerGroup },
    'consumer reading the event stream',
  );
  return Promise.resolve();
}
