import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** Events written in the same transaction as the change that raised them. */
export const outbox = pgTable(
  'outbox',
  {
    sequence: bigint('sequence', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: text('id').notNull().unique(),
    type: text('type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    occurredAt: text('occurred_at').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [index('outbox_pending_idx').on(t.deliveredAt, t.sequence)],
);
