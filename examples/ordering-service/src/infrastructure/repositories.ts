import type { Repositories } from '../application/unit-of-work.js';
import type { Database } from './db/client.js';
import type { Flushable } from './db/tracking-repository.js';
import { DrizzleCustomerRepository } from './customer/drizzle-customer.repository.js';
import { DrizzleProductRepository } from './product/drizzle-product.repository.js';
import { DrizzleOrderRepository } from './order/drizzle-order.repository.js';

export type TrackedRepositories = {
  readonly [K in keyof Repositories]: Repositories[K] & Flushable;
};

/** A fresh set of repositories for one unit of work. */
export function createRepositories(database: Database): TrackedRepositories {
  return {
    customers: new DrizzleCustomerRepository(database),
    products: new DrizzleProductRepository(database),
    orders: new DrizzleOrderRepository(database),
  };
}
