import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const tenants = sqliteTable(
  'tenants',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    contactEmail: text('contact_email').notNull(),
    plan: text('plan', { enum: ['free', 'team', 'enterprise'] }).notNull(),
    website: text('website'),
  },
  (t) => [uniqueIndex('tenants_slug_unique').on(t.slug)],
);
