import { Customer, type NewCustomer } from '../../../src/domain/customer/customer.js';

let sequence = 0;

/** Valid customers for tests; unique fields differ between calls. */
export const CustomerMother = {
  input(overrides: Partial<NewCustomer> = {}): NewCustomer {
    sequence += 1;
    const n = sequence;
    return {
      name: `name-${n}`,
      email: `user-${n}@example.com`,
      phone: String(1_000_000 + n),
      marketingOptIn: true,
      birthDate: '2024-05-17',
      ...overrides,
    };
  },

  create(overrides: Partial<NewCustomer> = {}): Customer {
    return Customer.create(CustomerMother.input(overrides));
  },
};
