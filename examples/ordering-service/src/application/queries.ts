import type { CustomerQueries } from './customer/queries.js';
import type { ProductQueries } from './product/queries.js';
import type { OrderQueries } from './order/queries.js';

/** The read side: views straight from the database, no aggregates involved. */
export interface Queries {
  readonly customers: CustomerQueries;
  readonly products: ProductQueries;
  readonly orders: OrderQueries;
}
