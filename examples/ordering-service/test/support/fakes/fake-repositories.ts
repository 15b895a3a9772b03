import { FakeCustomerRepository } from './fake-customer.repository.js';
import { FakeProductRepository } from './fake-product.repository.js';
import { FakeOrderRepository } from './fake-order.repository.js';

export interface FakeRepositories {
  readonly customers: FakeCustomerRepository;
  readonly products: FakeProductRepository;
  readonly orders: FakeOrderRepository;
}

export function createFakeRepositories(): FakeRepositories {
  return {
    customers: new FakeCustomerRepository(),
    products: new FakeProductRepository(),
    orders: new FakeOrderRepository(),
  };
}
