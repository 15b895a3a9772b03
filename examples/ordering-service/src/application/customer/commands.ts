import type { Command } from '../message-bus.js';
import type { NewCustomer, CustomerChanges } from '../../domain/customer/customer.js';

export interface CreateCustomer extends Command {
  readonly type: 'CreateCustomer';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewCustomer;
}

export interface UpdateCustomer extends Command {
  readonly type: 'UpdateCustomer';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: CustomerChanges;
}

export interface DeleteCustomer extends Command {
  readonly type: 'DeleteCustomer';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}
