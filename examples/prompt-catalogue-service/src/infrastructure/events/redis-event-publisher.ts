/** Publishes each committed outbox event to a Redis stream (XADD); the relay marks it delivered after. */
import type { Redis } from 'ioredis';
import type { EventPublisher } from '../../application/events/event-publisher.js';
import type { EventMessage } from '../../application/message-bus.js';
import { closeRedis } from './redis-connection.js';
import { encodeEvent } from './stream-codec.js';

export class RedisEventPublisher implements EventPublisher {
  constructor(
    private readonly redis: Redis,
    private readonly stream: string,
  ) {}

  async publish(event: EventMessage): Promise<void> {
    await this.redis.xadd(this.stream, '*', ...encodeEvent(event));
  }

  close(): Promise<void> {
    return closeRedis(this.redis);
  }
}
