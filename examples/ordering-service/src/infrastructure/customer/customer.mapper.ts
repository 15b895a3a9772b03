import { Customer } from '../../domain/customer/customer.js';
import { CustomerId } from '../../domain/customer/customer-id.js';
import type { customers } from './customer.table.js';

export type CustomerRow = typeof customers.$inferSelect;

/** Aggregate → row of `customers` (the version is the one it has once saved). */
export function toCustomerRow(customer: Customer): typeof customers.$inferInsert {
  return {
    id: customer.id,
    version: customer.version,
    name: customer.name,
    email: customer.email,
    phone: customer.phone ?? null,
    marketingOptIn: customer.marketingOptIn,
    birthDate: customer.birthDate ?? null,
  };
}

/** Rows → aggregate, without events: it is only being read. */
export function toCustomer(row: CustomerRow): Customer {
  return Customer.restore(CustomerId.from(row.id), row.version, {
    name: row.name,
    email: row.email,
    phone: row.phone === null ? undefined : row.phone,
    marketingOptIn: row.marketingOptIn,
    birthDate: row.birthDate === null ? undefined : row.birthDate,
  });
}
