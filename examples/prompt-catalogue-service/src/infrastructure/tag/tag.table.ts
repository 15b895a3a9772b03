import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const tags = sqliteTable(
  'tags',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    tenantId: text('tenant_id').notNull(),
    label: text('label').notNull(),
    colour: text('colour').notNull(),
  },
  (t) => [
    index('tags_tenant_id_idx').on(t.tenantId, t.id),
    index('tags_label_idx').on(t.label, t.id),
  ],
);
