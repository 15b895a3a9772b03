import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, ConflictError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { TenantMother } from '../support/mothers/tenant.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzleTenantRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const tenant = TenantMother.create();
    const uow = unitOfWork();
    uow.repositories.tenants.add(tenant);
    await uow.commit();
    return tenant;
  }

  it('saves a tenant and reads back an equal one', async () => {
    const tenant = await saved();
    const loaded = await unitOfWork().repositories.tenants.get(tenant.id);
    expect(loaded?.snapshot()).toEqual(tenant.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const tenant = await saved();
    expect(outboxTypes(database, tenant.id)).toEqual(['TenantCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const tenant = TenantMother.create();
    unitOfWork().repositories.tenants.add(tenant);
    expect(await unitOfWork().repositories.tenants.get(tenant.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.tenants.get(id);
    const theirs = await second.repositories.tenants.get(id);
    theirs?.update({ name: TenantMother.input().name });
    await second.commit();

    mine?.update({ name: TenantMother.input().name });
    const bystander = TenantMother.create();
    first.repositories.tenants.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.tenants.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.tenants.get(id))?.version).toBe(2);
  });

  it('refuses a second tenant with the same slug (ConflictError)', async () => {
    const tenant = await saved();
    const uow = unitOfWork();
    uow.repositories.tenants.add(TenantMother.create({ slug: tenant.slug }));
    await expect(uow.commit()).rejects.toThrow(ConflictError);
  });

  it('deletes, and a delete records TenantDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const tenant = await uow.repositories.tenants.get(id);
    if (tenant === undefined) throw new Error('not saved');
    tenant.delete();
    uow.repositories.tenants.remove(tenant);
    await uow.commit();
    expect(await unitOfWork().repositories.tenants.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['TenantCreated', 'TenantDeleted']);
  });
});
