import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, ConflictError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { OrderMother } from '../support/mothers/order.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzleOrderRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const order = OrderMother.create();
    const uow = unitOfWork();
    uow.repositories.orders.add(order);
    await uow.commit();
    return order;
  }

  it('saves an order and reads back an equal one', async () => {
    const order = await saved();
    const loaded = await unitOfWork().repositories.orders.get(order.id);
    expect(loaded?.snapshot()).toEqual(order.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const order = await saved();
    expect(outboxTypes(database, order.id)).toEqual(['OrderCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const order = OrderMother.create();
    unitOfWork().repositories.orders.add(order);
    expect(await unitOfWork().repositories.orders.get(order.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.orders.get(id);
    const theirs = await second.repositories.orders.get(id);
    theirs?.update({ number: OrderMother.input().number });
    await second.commit();

    mine?.update({ number: OrderMother.input().number });
    const bystander = OrderMother.create();
    first.repositories.orders.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.orders.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.orders.get(id))?.version).toBe(2);
  });

  it('refuses a second order with the same number (ConflictError)', async () => {
    const order = await saved();
    const uow = unitOfWork();
    uow.repositories.orders.add(OrderMother.create({ number: order.number }));
    await expect(uow.commit()).rejects.toThrow(ConflictError);
  });

  it('deletes, and a delete records OrderDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const order = await uow.repositories.orders.get(id);
    if (order === undefined) throw new Error('not saved');
    order.delete();
    uow.repositories.orders.remove(order);
    await uow.commit();
    expect(await unitOfWork().repositories.orders.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['OrderCreated', 'OrderDeleted']);
  });
});
