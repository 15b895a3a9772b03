/**
 * The outbox backlog as two gauges, read from the database each time Prometheus scrapes (one
 * query for both). Should the read fail, both report NaN and the scrape still succeeds.
 */
import { Gauge, type Registry } from 'prom-client';
import type { Logger } from '../../application/logger.js';
import type { OutboxBacklog } from './outbox-backlog.js';

export type BacklogReader = () => OutboxBacklog | Promise<OutboxBacklog>;

/** Seconds since `occurredAt` (0 when nothing is pending). */
export function ageSeconds(occurredAt: string | undefined, now: number): number {
  return occurredAt === undefined ? 0 : Math.max(0, (now - Date.parse(occurredAt)) / 1000);
}

/** `read` shared by the calls made while one is under way. */
function sharedRead(read: BacklogReader, logger: Logger): () => Promise<OutboxBacklog | undefined> {
  let current: Promise<OutboxBacklog | undefined> | undefined;
  return () =>
    (current ??= Promise.resolve()
      .then(read)
      .catch((error: unknown) => {
        logger.warn({ err: error }, 'could not read the outbox backlog for /metrics');
        return undefined;
      })
      .finally(() => {
        current = undefined;
      }));
}

export function registerOutboxGauges(
  registry: Registry,
  read: BacklogReader,
  logger: Logger,
): void {
  const backlog = sharedRead(read, logger);
  new Gauge({
    name: 'outbox_pending_events',
    help: 'Domain events in the outbox that are not delivered yet',
    registers: [registry],
    async collect() {
      this.set((await backlog())?.pending ?? Number.NaN);
    },
  });
  new Gauge({
    name: 'outbox_oldest_pending_age_seconds',
    help: 'Age in seconds of the oldest undelivered outbox event (0 when none is pending)',
    registers: [registry],
    async collect() {
      const current = await backlog();
      this.set(
        current === undefined ? Number.NaN : ageSeconds(current.oldestOccurredAt, Date.now()),
      );
    },
  });
}
