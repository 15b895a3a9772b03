import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const products = sqliteTable(
  'products',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    listPriceMinor: integer('list_price_minor').notNull(),
    listPriceCurrency: text('list_price_currency').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    attributes: text('attributes', { mode: 'json' }).$type<unknown>(),
    catalogueUrl: text('catalogue_url'),
    discontinuedOn: text('discontinued_on'),
  },
  (t) => [
    uniqueIndex('products_sku_unique').on(t.sku),
    index('products_name_idx').on(t.name, t.id),
  ],
);
