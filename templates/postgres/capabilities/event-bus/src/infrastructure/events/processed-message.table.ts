import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** One row per (event id, handler name) that has been handled: the consumers' idempotency keys. */
export const processedMessages = pgTable(
  'processed_messages',
  {
    messageId: text('message_id').notNull(),
    handler: text('handler').notNull(),
    processedAt: text('processed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.handler] })],
);
