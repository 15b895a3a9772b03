import type { Queries } from '../application/queries.js';
import type { Database } from './db/client.js';
import { DrizzleCustomerQueries } from './customer/drizzle-customer.queries.js';
import { DrizzleProductQueries } from './product/drizzle-product.queries.js';
import { DrizzleOrderQueries } from './order/drizzle-order.queries.js';

/** The read side, built once: its statements are prepared at start. */
export function createQueries(database: Database): Queries {
  return {
    customers: new DrizzleCustomerQueries(database),
    products: new DrizzleProductQueries(database),
    orders: new DrizzleOrderQueries(database),
  };
}
