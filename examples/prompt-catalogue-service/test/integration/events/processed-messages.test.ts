import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src/domain/shared/ids.js';
import type { Database } from '../../../src/infrastructure/db/client.js';
import { DrizzleProcessedMessages } from '../../../src/infrastructure/events/drizzle-processed-messages.js';
import { closeDatabase, countRows, testDatabase } from '../../support/events/event-bus-database.js';
import { TenantMother } from '../../support/mothers/tenant.mother.js';

describe('DrizzleProcessedMessages', () => {
  let database: Database;
  let processed: DrizzleProcessedMessages;
  beforeEach(async () => {
    database = await testDatabase();
    processed = new DrizzleProcessedMessages(database);
  });
  afterEach(() => closeDatabase(database));

  it('remembers a mark, and marking again changes nothing', async () => {
    const id = newId();
    expect(await processed.has(id, 'react')).toBe(false);
    await processed.mark(id, 'react');
    await processed.mark(id, 'react');
    expect(await processed.has(id, 'react')).toBe(true);
    expect(await processed.has(id, 'other')).toBe(false);
  });

  it('commits the mark in the same transaction as the handler writes', async () => {
    const id = newId();
    const uow = processed.unitOfWork(id, 'react');
    uow.repositories.tenants.add(TenantMother.create());
    await uow.commit();
    expect(await processed.has(id, 'react')).toBe(true);
    expect(await countRows(database, 'tenants')).toBe(1);
  });

  it('undoes the handler writes when the pair is already marked (a concurrent duplicate)', async () => {
    const id = newId();
    await processed.mark(id, 'react');
    const uow = processed.unitOfWork(id, 'react');
    uow.repositories.tenants.add(TenantMother.create());
    await expect(uow.commit()).rejects.toThrow();
    expect(await countRows(database, 'tenants')).toBe(0);
  });

  it('writes no mark when the handler writes fail', async () => {
    const id = newId();
    const item = TenantMother.create();
    const earlier = processed.unitOfWork(newId(), 'react');
    earlier.repositories.tenants.add(item);
    await earlier.commit();
    const uow = processed.unitOfWork(id, 'react');
    uow.repositories.tenants.add(item); // the same id again: the insert fails
    await expect(uow.commit()).rejects.toThrow();
    expect(await processed.has(id, 'react')).toBe(false);
  });
});
