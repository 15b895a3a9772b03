import type { Order } from './order.js';
import type { OrderId } from './order-id.js';

/** Where orders are kept. Changes are saved when the unit of work commits. */
export interface OrderRepository {
  add(order: Order): void;
  get(id: OrderId): Promise<Order | undefined>;
  remove(order: Order): void;
}
