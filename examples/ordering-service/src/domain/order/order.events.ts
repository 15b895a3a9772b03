import type { DomainEvent } from '../shared/domain-event.js';
import type { OrderChanges, OrderSnapshot } from './order.js';

export type OrderCreated = DomainEvent<'OrderCreated', OrderSnapshot>;
export type OrderUpdated = DomainEvent<'OrderUpdated', OrderChanges>;
export type OrderDeleted = DomainEvent<'OrderDeleted', Record<string, never>>;
export type OrderPlaced = DomainEvent<'OrderPlaced', Record<string, never>>;
export type OrderCancelled = DomainEvent<'OrderCancelled', Record<string, never>>;
export type OrderShipped = DomainEvent<'OrderShipped', Record<string, never>>;

export type OrderEvent =
  OrderCreated | OrderUpdated | OrderDeleted | OrderPlaced | OrderCancelled | OrderShipped;
