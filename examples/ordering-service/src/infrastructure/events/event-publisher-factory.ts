/**
 * Chooses, in one place, where the outbox relay publishes: to the Redis stream when REDIS_URL is
 * set (a consumer process handles the events, `npm run consumer`), else in this process (the
 * fallback: the bus's handlers and the reactions run here, as without the event bus).
 */
import { EventDispatcher } from '../../application/events/event-dispatcher.js';
import type { EventPublisher } from '../../application/events/event-publisher.js';
import { InProcessEventPublisher } from '../../application/events/in-process-event-publisher.js';
import { reactions } from '../../application/events/reactions.js';
import type { Logger } from '../../application/logger.js';
import type { MessageBus } from '../../application/message-bus.js';
import type { Database } from '../db/client.js';
import { DrizzleProcessedMessages } from './drizzle-processed-messages.js';
import { RedisEventPublisher } from './redis-event-publisher.js';
import { connectRedis } from './redis-connection.js';

export const DEFAULT_EVENT_STREAM = 'domain-events';

export interface EventPublisherOptions {
  redisUrl?: string;
  stream?: string;
  bus: MessageBus;
  database: Database;
  logger: Logger;
}

export function createEventPublisher(options: EventPublisherOptions): EventPublisher {
  if (options.redisUrl !== undefined)
    return new RedisEventPublisher(
      connectRedis(options.redisUrl, 'event-publisher', options.logger),
      options.stream ?? DEFAULT_EVENT_STREAM,
    );
  const inProcessReactions = new EventDispatcher({
    handlers: {},
    unitOfWorkHandlers: reactions,
    processed: new DrizzleProcessedMessages(options.database),
    logger: options.logger,
  });
  return new InProcessEventPublisher(options.bus, inProcessReactions);
}
