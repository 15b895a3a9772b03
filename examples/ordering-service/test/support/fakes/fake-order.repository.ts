import type { Order } from '../../../src/domain/order/order.js';
import type { OrderId } from '../../../src/domain/order/order-id.js';
import type { OrderRepository } from '../../../src/domain/order/order.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakeOrderRepository
  extends FakeRepository<Order, OrderId>
  implements OrderRepository {}
