import type { Customer } from './customer.js';
import type { CustomerId } from './customer-id.js';

/** Where customers are kept. Changes are saved when the unit of work commits. */
export interface CustomerRepository {
  add(customer: Customer): void;
  get(id: CustomerId): Promise<Customer | undefined>;
  remove(customer: Customer): void;
}
