import { Customer } from '../../domain/customer/customer.js';
import { CustomerId } from '../../domain/customer/customer-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type { CreateCustomer, DeleteCustomer, UpdateCustomer } from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Customer> {
  const customer = await uow.repositories.customers.get(CustomerId.from(id));
  if (customer === undefined) throw new NotFoundError('Customer', id);
  if (expectedVersion !== undefined && customer.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, customer.version);
  return customer;
}

export async function createCustomer(command: CreateCustomer, uow: UnitOfWork): Promise<void> {
  uow.repositories.customers.add(Customer.create(command.input, CustomerId.from(command.id)));
  await uow.commit();
}

export async function updateCustomer(command: UpdateCustomer, uow: UnitOfWork): Promise<void> {
  const customer = await load(uow, command.id, command.expectedVersion);
  customer.update(command.changes);
  await uow.commit();
}

export async function deleteCustomer(command: DeleteCustomer, uow: UnitOfWork): Promise<void> {
  const customer = await load(uow, command.id, command.expectedVersion);
  customer.delete();
  uow.repositories.customers.remove(customer);
  await uow.commit();
}

export const customerCommandHandlers = {
  CreateCustomer: createCustomer,
  UpdateCustomer: updateCustomer,
  DeleteCustomer: deleteCustomer,
} satisfies CommandHandlerMap;

/** Reactions to Customer events, by event type (e.g. `CustomerCreated: [notifySubscribers]`). */
export const customerEventHandlers: EventHandlerMap = {};
