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
  /** the version the caller saw (If-Match) */
  readonly expectedVersion: number;
  readonly changes: OrderChanges;
}

export interface DeleteOrder extends Command {
  readonly type: 'DeleteOrder';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}
