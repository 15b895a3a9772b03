import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AddressPlain } from '../../domain/order/address.js';

export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    number: text('number').notNull(),
    customerId: text('customer_id').notNull(),
    status: text('status', { enum: ['pending', 'placed', 'shipped', 'cancelled'] }).notNull(),
    shippingAddress: text('shipping_address', { mode: 'json' }).$type<AddressPlain>().notNull(),
    totalMinor: integer('total_minor').notNull(),
    totalCurrency: text('total_currency').notNull(),
    placedAt: text('placed_at'),
    requestedDeliveryOn: text('requested_delivery_on'),
    externalReference: text('external_reference'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('orders_number_unique').on(t.number),
    index('orders_customer_id_idx').on(t.customerId, t.id),
  ],
);

export const orderOrderLines = sqliteTable(
  'order_order_lines',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    productId: text('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    unitPriceCurrency: text('unit_price_currency').notNull(),
    discountPercent: text('discount_percent').notNull(),
  },
  (t) => [index('order_order_lines_order_id_idx').on(t.orderId, t.position)],
);
