import type { Command } from '../message-bus.js';
import type { NewOrder, OrderChanges } from '../../domain/order/order.js';

export interface CreateOrder extends Command {
  readonly type: 'CreateOrder';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewOrder;
}

export interface UpdateOrder extends Command {
  readonly type: 'UpdateOrder';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: OrderChanges;
}

export interface DeleteOrder extends Command {
  readonly type: 'DeleteOrder';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}

/** Asks for OrderPlaced: Needs status pending; sets status to placed and placedAt to now. */
export interface MarkOrderPlaced extends Command {
  readonly type: 'MarkOrderPlaced';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}

/** Asks for OrderShipped: Needs status placed; sets status to shipped. */
export interface MarkOrderShipped extends Command {
  readonly type: 'MarkOrderShipped';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}

/** Asks for OrderCancelled: Needs status pending or placed; sets status to cancelled. */
export interface MarkOrderCancelled extends Command {
  readonly type: 'MarkOrderCancelled';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}
