import type { CustomerRepository } from '../domain/customer/customer.repository.js';
import type { ProductRepository } from '../domain/product/product.repository.js';
import type { OrderRepository } from '../domain/order/order.repository.js';

/** The repositories a unit of work hands out, one per aggregate. */
export interface Repositories {
  readonly customers: CustomerRepository;
  readonly products: ProductRepository;
  readonly orders: OrderRepository;
}

/**
 * One business transaction. What is added, changed or removed through its repositories is
 * saved by `commit()` — all of it with the aggregates' events, or nothing.
 */
export interface UnitOfWork {
  readonly repositories: Repositories;
  commit(): Promise<void>;
}

export type UnitOfWorkFactory = () => UnitOfWork;
