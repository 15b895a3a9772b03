import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, ConflictError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { ProductMother } from '../support/mothers/product.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzleProductRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const product = ProductMother.create();
    const uow = unitOfWork();
    uow.repositories.products.add(product);
    await uow.commit();
    return product;
  }

  it('saves a product and reads back an equal one', async () => {
    const product = await saved();
    const loaded = await unitOfWork().repositories.products.get(product.id);
    expect(loaded?.snapshot()).toEqual(product.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const product = await saved();
    expect(outboxTypes(database, product.id)).toEqual(['ProductCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const product = ProductMother.create();
    unitOfWork().repositories.products.add(product);
    expect(await unitOfWork().repositories.products.get(product.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.products.get(id);
    const theirs = await second.repositories.products.get(id);
    theirs?.update({ sku: ProductMother.input().sku });
    await second.commit();

    mine?.update({ sku: ProductMother.input().sku });
    const bystander = ProductMother.create();
    first.repositories.products.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.products.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.products.get(id))?.version).toBe(2);
  });

  it('refuses a second product with the same sku (ConflictError)', async () => {
    const product = await saved();
    const uow = unitOfWork();
    uow.repositories.products.add(ProductMother.create({ sku: product.sku }));
    await expect(uow.commit()).rejects.toThrow(ConflictError);
  });

  it('deletes, and a delete records ProductDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const product = await uow.repositories.products.get(id);
    if (product === undefined) throw new Error('not saved');
    product.delete();
    uow.repositories.products.remove(product);
    await uow.commit();
    expect(await unitOfWork().repositories.products.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['ProductCreated', 'ProductDeleted']);
  });
});
