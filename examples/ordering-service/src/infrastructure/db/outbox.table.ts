import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Events written in the same transaction as the change that raised them. */
export const outbox = sqliteTable(
  'outbox',
  {
    sequence: integer('sequence').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    type: text('type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    occurredAt: text('occurred_at').notNull(),
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [index('outbox_pending_idx').on(t.deliveredAt, t.sequence)],
);
