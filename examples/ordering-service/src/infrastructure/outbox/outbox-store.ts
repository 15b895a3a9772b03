import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { EventMessage } from '../../application/message-bus.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import { newId } from '../../domain/shared/ids.js';
import type { Database, Orm } from '../db/client.js';
import { outbox } from '../db/outbox.table.js';
import { prepared } from '../db/prepared.js';

/** Called inside the unit of work's transaction. */
export function appendToOutbox(database: Database, events: readonly DomainEvent[]): void {
  if (events.length === 0) return;
  database.orm
    .insert(outbox)
    .values(
      events.map((event) => ({
        id: newId(),
        type: event.type,
        aggregateId: event.aggregateId,
        occurredAt: event.occurredAt.toISOString(),
        payload: event.payload,
      })),
    )
    .run();
}

const statements = (orm: Orm) => ({
  pending: orm
    .select()
    .from(outbox)
    .where(isNull(outbox.deliveredAt))
    .orderBy(asc(outbox.sequence))
    .limit(sql.placeholder('limit'))
    .prepare(),
  markDelivered: orm
    .update(outbox)
    .set({ deliveredAt: sql`${sql.placeholder('at')}` })
    .where(eq(outbox.id, sql.placeholder('id')))
    .prepare(),
});

export function pendingEvents(database: Database, limit: number): EventMessage[] {
  return prepared(database.orm, statements)
    .pending.all({ limit })
    .map((row) => ({
      id: row.id,
      type: row.type,
      aggregateId: row.aggregateId,
      occurredAt: row.occurredAt,
      payload: row.payload,
    }));
}

export function markDelivered(database: Database, id: string): void {
  prepared(database.orm, statements).markDelivered.run({ id, at: new Date().toISOString() });
}
