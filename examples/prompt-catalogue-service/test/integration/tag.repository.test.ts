import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { TagMother } from '../support/mothers/tag.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzleTagRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const tag = TagMother.create();
    const uow = unitOfWork();
    uow.repositories.tags.add(tag);
    await uow.commit();
    return tag;
  }

  it('saves a tag and reads back an equal one', async () => {
    const tag = await saved();
    const loaded = await unitOfWork().repositories.tags.get(tag.id);
    expect(loaded?.snapshot()).toEqual(tag.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const tag = await saved();
    expect(outboxTypes(database, tag.id)).toEqual(['TagCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const tag = TagMother.create();
    unitOfWork().repositories.tags.add(tag);
    expect(await unitOfWork().repositories.tags.get(tag.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.tags.get(id);
    const theirs = await second.repositories.tags.get(id);
    theirs?.update({ tenantId: TagMother.input().tenantId });
    await second.commit();

    mine?.update({ tenantId: TagMother.input().tenantId });
    const bystander = TagMother.create();
    first.repositories.tags.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.tags.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.tags.get(id))?.version).toBe(2);
  });

  it('deletes, and a delete records TagDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const tag = await uow.repositories.tags.get(id);
    if (tag === undefined) throw new Error('not saved');
    tag.delete();
    uow.repositories.tags.remove(tag);
    await uow.commit();
    expect(await unitOfWork().repositories.tags.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['TagCreated', 'TagDeleted']);
  });
});
