import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCustomer,
  deleteCustomer,
  updateCustomer,
} from '../../src/application/customer/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { CustomerId } from '../../src/domain/customer/customer-id.js';
import { InvariantViolation } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { CustomerMother } from '../support/mothers/customer.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Customer', () => {
  it('is created at version 1 and records CustomerCreated', () => {
    const customer = CustomerMother.create();
    expect(customer.version).toBe(1);
    expect(eventTypes(customer.pullEvents())).toEqual(['CustomerCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const customer = CustomerMother.create({ marketingOptIn: undefined });
    expect(customer.marketingOptIn).toEqual(false);
  });

  it('refuses name longer than 120 characters', () => {
    expect(() => CustomerMother.create({ name: 'x'.repeat(121) })).toThrow(InvariantViolation);
  });

  it('refuses name shorter than 1 characters', () => {
    expect(() => CustomerMother.create({ name: 'x'.repeat(0) })).toThrow(InvariantViolation);
  });

  it('refuses email that is not an email address', () => {
    expect(() => CustomerMother.create({ email: 'not-an-email' })).toThrow(InvariantViolation);
  });

  it('refuses phone not matching ^\\+?[0-9 ()-]{6,20}$', () => {
    expect(() => CustomerMother.create({ phone: ' ! ' })).toThrow(InvariantViolation);
  });

  it('refuses birthDate that is not a calendar date', () => {
    expect(() => CustomerMother.create({ birthDate: '2024-02-30' })).toThrow(InvariantViolation);
  });

  it('accepts every name within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 1, maxLength: 120 });
    const outside = fc.oneof(
      fc.string({ maxLength: 0 }),
      fc.string({ minLength: 121, maxLength: 160 }),
    );
    fc.assert(
      fc.property(inside, (value) => {
        expect(CustomerMother.create({ name: value }).name).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => CustomerMother.create({ name: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records CustomerUpdated with the changes', () => {
    const customer = CustomerMother.create();
    customer.pullEvents();
    const changes = { name: CustomerMother.input().name };
    customer.update(changes);
    expect(customer.snapshot().name).toEqual(changes.name);
    const [event] = customer.pullEvents();
    expect(event?.type).toBe('CustomerUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const customer = CustomerMother.create();
    const before = customer.snapshot();
    expect(() => customer.update({ name: 'x'.repeat(121) })).toThrow(InvariantViolation);
    expect(customer.snapshot()).toEqual(before);
  });

  it('records CustomerRegistered when told markRegistered()', () => {
    const customer = CustomerMother.create();
    customer.pullEvents();
    customer.markRegistered();
    expect(eventTypes(customer.pullEvents())).toEqual(['CustomerRegistered']);
  });

  it('records CustomerDeleted when deleted', () => {
    const customer = CustomerMother.create();
    customer.pullEvents();
    customer.delete();
    expect(eventTypes(customer.pullEvents())).toEqual(['CustomerDeleted']);
  });
});

describe('Customer command handlers', () => {
  it('create stores the customer and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = CustomerId.generate();
    await createCustomer({ type: 'CreateCustomer', id, input: CustomerMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.customers.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['CustomerCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = CustomerId.generate();
    await createCustomer({ type: 'CreateCustomer', id, input: CustomerMother.input() }, uow);
    uow.committed = false;
    await expect(
      updateCustomer({ type: 'UpdateCustomer', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(
      deleteCustomer({ type: 'DeleteCustomer', id: CustomerId.generate() }, uow),
    ).rejects.toThrow(NotFoundError);
  });
});
