import type { Customer } from '../../../src/domain/customer/customer.js';
import type { CustomerId } from '../../../src/domain/customer/customer-id.js';
import type { CustomerRepository } from '../../../src/domain/customer/customer.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakeCustomerRepository
  extends FakeRepository<Customer, CustomerId>
  implements CustomerRepository {}
