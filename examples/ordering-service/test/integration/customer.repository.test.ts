import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, ConflictError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { CustomerMother } from '../support/mothers/customer.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzleCustomerRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const customer = CustomerMother.create();
    const uow = unitOfWork();
    uow.repositories.customers.add(customer);
    await uow.commit();
    return customer;
  }

  it('saves a customer and reads back an equal one', async () => {
    const customer = await saved();
    const loaded = await unitOfWork().repositories.customers.get(customer.id);
    expect(loaded?.snapshot()).toEqual(customer.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const customer = await saved();
    expect(outboxTypes(database, customer.id)).toEqual(['CustomerCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const customer = CustomerMother.create();
    unitOfWork().repositories.customers.add(customer);
    expect(await unitOfWork().repositories.customers.get(customer.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.customers.get(id);
    const theirs = await second.repositories.customers.get(id);
    theirs?.update({ name: CustomerMother.input().name });
    await second.commit();

    mine?.update({ name: CustomerMother.input().name });
    const bystander = CustomerMother.create();
    first.repositories.customers.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.customers.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.customers.get(id))?.version).toBe(2);
  });

  it('refuses a second customer with the same email (ConflictError)', async () => {
    const customer = await saved();
    const uow = unitOfWork();
    uow.repositories.customers.add(CustomerMother.create({ email: customer.email }));
    await expect(uow.commit()).rejects.toThrow(ConflictError);
  });

  it('deletes, and a delete records CustomerDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const customer = await uow.repositories.customers.get(id);
    if (customer === undefined) throw new Error('not saved');
    customer.delete();
    uow.repositories.customers.remove(customer);
    await uow.commit();
    expect(await unitOfWork().repositories.customers.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['CustomerCreated', 'CustomerDeleted']);
  });
});
