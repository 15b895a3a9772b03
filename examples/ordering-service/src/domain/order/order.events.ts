import type { DomainEvent } from '../shared/domain-event.js';
import type { OrderChanges, OrderSnapshot } from './order.js';

export type OrderCreated = DomainEvent<'OrderCreated', OrderSnapshot>;
export type OrderUpdated = DomainEvent<'OrderUpdated', OrderChanges>;
export type OrderDeleted = DomainEvent<'OrderDeleted', Record<string, never>>;
/** The customer confirmed the order; its total is now fixed. */
export type OrderPlaced = DomainEvent<'OrderPlaced', { status: 'placed'; placedAt: string }>;
/** The order left the warehouse. */
export type OrderShipped = DomainEvent<'OrderShipped', { status: 'shipped' }>;
/** The customer withdrew the order before it shipped. */
export type OrderCancelled = DomainEvent<'OrderCancelled', { status: 'cancelled' }>;

export type OrderEvent =
  OrderCreated | OrderUpdated | OrderDeleted | OrderPlaced | OrderShipped | OrderCancelled;
