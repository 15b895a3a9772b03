import type { MoneyPlain } from '../../domain/shared/money.js';
import type { AddressPlain } from '../../domain/order/address.js';
import type { OrderLinePlain } from '../../domain/order/order-line.js';
import type { Page, PageRequest } from '../pagination.js';

/** An Order as clients see it. */
export interface OrderView {
  id: string;
  version: number;
  number: string;
  customerId: string;
  status: 'pending' | 'placed' | 'shipped' | 'cancelled';
  shippingAddress: AddressPlain;
  total: MoneyPlain;
  placedAt?: string;
  requestedDeliveryOn?: string;
  externalReference?: string;
  note?: string;
  orderLines: OrderLinePlain[];
}

export const ORDER_SORT_KEYS = ['id', 'number'] as const;
export type OrderSortKey = (typeof ORDER_SORT_KEYS)[number];
export type OrderSort = OrderSortKey | `-${OrderSortKey}`;

export interface OrderFilter {
  number?: string | undefined;
  customerId?: string | undefined;
}

export interface OrderQueries {
  getById(id: string): Promise<OrderView | undefined>;
  list(request: PageRequest<OrderSort, OrderFilter>): Promise<Page<OrderView>>;
}
