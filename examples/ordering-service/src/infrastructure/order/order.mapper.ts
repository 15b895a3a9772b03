import { Money } from '../../domain/shared/money.js';
import { CustomerId } from '../../domain/customer/customer-id.js';
import { ProductId } from '../../domain/product/product-id.js';
import { Address } from '../../domain/order/address.js';
import { OrderLine } from '../../domain/order/order-line.js';
import { Order } from '../../domain/order/order.js';
import { OrderId } from '../../domain/order/order-id.js';
import type { orders, orderOrderLines } from './order.table.js';

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderOrderLines.$inferSelect;

/** Aggregate → row of `orders` (the version is the one it has once saved). */
export function toOrderRow(order: Order): typeof orders.$inferInsert {
  return {
    id: order.id,
    version: order.version,
    number: order.number,
    customerId: order.customerId,
    status: order.status,
    shippingAddress: order.shippingAddress.toPlain(),
    totalMinor: order.total.minor,
    totalCurrency: order.total.currency,
    placedAt: order.placedAt?.toISOString() ?? null,
    requestedDeliveryOn: order.requestedDeliveryOn ?? null,
    externalReference: order.externalReference ?? null,
    note: order.note ?? null,
  };
}

export function toOrderLineRows(order: Order): (typeof orderOrderLines.$inferInsert)[] {
  return order.orderLines.map((item, position) => ({
    id: item.id,
    orderId: order.id,
    position,
    productId: item.productId,
    quantity: item.quantity,
    unitPriceMinor: item.unitPrice.minor,
    unitPriceCurrency: item.unitPrice.currency,
    discountPercent: item.discountPercent,
  }));
}

/** Rows → aggregate, without events: it is only being read. */
export function toOrder(row: OrderRow, orderLines: OrderLineRow[]): Order {
  return Order.restore(
    OrderId.from(row.id),
    row.version,
    {
      number: row.number,
      customerId: CustomerId.from(row.customerId),
      status: row.status,
      shippingAddress: Address.from(row.shippingAddress),
      total: Money.fromMinor(row.totalMinor, row.totalCurrency),
      placedAt: row.placedAt === null ? undefined : new Date(row.placedAt),
      requestedDeliveryOn: row.requestedDeliveryOn === null ? undefined : row.requestedDeliveryOn,
      externalReference: row.externalReference === null ? undefined : row.externalReference,
      note: row.note === null ? undefined : row.note,
    },
    orderLines.map((item) =>
      OrderLine.restore(item.id, {
        productId: ProductId.from(item.productId),
        quantity: item.quantity,
        unitPrice: Money.fromMinor(item.unitPriceMinor, item.unitPriceCurrency),
        discountPercent: item.discountPercent,
      }),
    ),
  );
}
