import { asc, eq, isNull } from 'drizzle-orm';
import type { EventMessage } from '../../application/message-bus.js';
import type { DomainEvent } from '../../domain/shared/domain-event.js';
import { newId } from '../../domain/shared/ids.js';
import type { Database, Executor } from '../db/client.js';
import { outbox } from '../db/outbox.table.js';

/** Called inside the unit of work's transaction (`tx`). */
export async function appendToOutbox(tx: Executor, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(
    events.map((event) => ({
      id: newId(),
      type: event.type,
      aggregateId: event.aggregateId,
      occurredAt: event.occurredAt.toISOString(),
      payload: event.payload,
    })),
  );
}

export async function pendingEvents(database: Database, limit: number): Promise<EventMessage[]> {
  const rows = await database.orm
    .select()
    .from(outbox)
    .where(isNull(outbox.deliveredAt))
    .orderBy(asc(outbox.sequence))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    aggregateId: row.aggregateId,
    occurredAt: row.occurredAt,
    payload: row.payload,
  }));
}

export async function markDelivered(database: Database, id: string): Promise<void> {
  await database.orm
    .update(outbox)
    .set({ deliveredAt: new Date().toISOString() })
    .where(eq(outbox.id, id));
}
