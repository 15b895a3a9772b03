/**
 * Reads a Redis stream as one consumer of a consumer group and hands each event to `handle`.
 * XACK after success; a failure leaves the entry pending, and XAUTOCLAIM hands it out again
 * (here or in another process) once idle for `claimIdleMs` — as it does with the entries of a
 * consumer that died. After `maxDeliveries` deliveries the entry moves to the dead-letter stream.
 */
import type { Redis } from 'ioredis';
import type { Logger } from '../../application/logger.js';
import type { EventMessage } from '../../application/message-bus.js';
import { firstStreamEntries, toEntries, type StreamEntry } from './stream-entry.js';
import { decodeEvent } from './stream-codec.js';

export interface StreamConsumerOptions {
  /** a connection of its own: the consumer blocks on it while it waits */
  redis: Redis;
  stream: string;
  group: string;
  /** unique per process (hostname-pid) */
  consumer: string;
  maxDeliveries: number;
  claimIdleMs: number;
  handle: (event: EventMessage) => Promise<void>;
  logger: Logger;
  /** entries read or claimed at once */
  batchSize?: number;
  /** how long one read waits for new entries; also bounds how long stop() waits */
  blockMs?: number;
  /** pause after a Redis error before trying again */
  retryMs?: number;
}

export class RedisStreamConsumer {
  readonly deadLetterStream: string;
  #loop: Promise<void> | undefined;
  #stopping = false;
  #claimCursor = '0-0';

  constructor(private readonly options: StreamConsumerOptions) {
    this.deadLetterStream = `${options.stream}.dead`;
  }

  start(): void {
    this.#loop ??= this.#run();
  }

  /** Finishes the entry in hand, reads no more, and resolves; unfinished entries stay pending. */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#loop;
  }

  async #run(): Promise<void> {
    let groupReady = false;
    while (!this.#stopping) {
      try {
        if (!groupReady) groupReady = await this.#createGroup();
        await this.#claimStale();
        if (!this.#stopping) await this.#readNew();
      } catch (error) {
        if (error instanceof Error && error.message.includes('NOGROUP')) groupReady = false;
        this.options.logger.error({ err: error, stream: this.options.stream }, 'consumer failed');
        if (!this.#stopping) await delay(this.options.retryMs ?? 1000);
      }
    }
  }

  /** XGROUP CREATE … MKSTREAM from the start of the stream; an existing group is fine. */
  async #createGroup(): Promise<boolean> {
    const { redis, stream, group } = this.options;
    try {
      await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!(error instanceof Error && error.message.includes('BUSYGROUP'))) throw error;
    }
    return true;
  }

  async #readNew(): Promise<void> {
    const { redis, stream, group, consumer } = this.options;
    const reply: unknown = await redis.xreadgroup(
      'GROUP',
      group,
      consumer,
      'COUNT',
      this.options.batchSize ?? 10,
      'BLOCK',
      this.options.blockMs ?? 2000,
      'STREAMS',
      stream,
      '>',
    );
    for (const entry of toEntries(firstStreamEntries(reply))) {
      if (this.#stopping) return;
      await this.#process(entry, 1);
    }
  }

  /** XAUTOCLAIM: takes over entries pending longer than claimIdleMs, whoever held them. */
  async #claimStale(): Promise<void> {
    const { redis, stream, group, consumer, claimIdleMs } = this.options;
    const reply = await redis.xautoclaim(
      stream,
      group,
      consumer,
      claimIdleMs,
      this.#claimCursor,
      'COUNT',
      this.options.batchSize ?? 10,
    );
    this.#claimCursor = typeof reply[0] === 'string' ? reply[0] : '0-0';
    for (const entry of toEntries(reply[1])) {
      if (this.#stopping) return;
      const deliveries = await this.#deliveries(entry.id);
      if (deliveries > this.options.maxDeliveries)
        await this.#deadLetter(entry, deliveries, 'delivered too often without an ack');
      else await this.#process(entry, deliveries);
    }
  }

  async #process(entry: StreamEntry, deliveries: number): Promise<void> {
    const { redis, stream, group, logger } = this.options;
    if (entry.fields === null) {
      await redis.xack(stream, group, entry.id);
      return;
    }
    let event: EventMessage;
    try {
      event = decodeEvent(entry.fields);
    } catch (error) {
      await this.#deadLetter(entry, deliveries, errorText(error));
      return;
    }
    try {
      await this.options.handle(event);
    } catch (error) {
      if (deliveries >= this.options.maxDeliveries)
        await this.#deadLetter(entry, deliveries, errorText(error));
      else
        logger.warn(
          { err: error, entryId: entry.id, eventId: event.id, deliveries },
          'event not handled; it will be delivered again',
        );
      return;
    }
    await redis.xack(stream, group, entry.id);
  }

  /** XPENDING: how many times the group has delivered the entry (1 on the first delivery). */
  async #deliveries(entryId: string): Promise<number> {
    const { redis, stream, group } = this.options;
    const reply: unknown = await redis.xpending(stream, group, entryId, entryId, 1);
    const row: unknown = Array.isArray(reply) ? reply[0] : undefined;
    return Array.isArray(row) ? Number(row[3]) : 1;
  }

  /** Copies the entry to `<stream>.dead` with the reason, and acks it, in one MULTI. */
  async #deadLetter(entry: StreamEntry, deliveries: number, reason: string): Promise<void> {
    const { redis, stream, group, consumer, logger } = this.options;
    const results = await redis
      .multi()
      .xadd(
        this.deadLetterStream,
        '*',
        ...(entry.fields ?? []),
        'entryId',
        entry.id,
        'deliveries',
        String(deliveries),
        'error',
        reason,
        'consumer',
        consumer,
        'failedAt',
        new Date().toISOString(),
      )
      .xack(stream, group, entry.id)
      .exec();
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (results === null || failed !== undefined) throw failed ?? new Error('MULTI aborted');
    logger.error(
      { entryId: entry.id, deliveries, reason, deadLetterStream: this.deadLetterStream },
      'event moved to the dead-letter stream',
    );
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
