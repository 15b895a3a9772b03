import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    marketingOptIn: integer('marketing_opt_in', { mode: 'boolean' }).notNull(),
    birthDate: text('birth_date'),
  },
  (t) => [uniqueIndex('customers_email_unique').on(t.email)],
);
