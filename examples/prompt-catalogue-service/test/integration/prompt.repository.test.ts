import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError, ConflictError } from '../../src/application/errors.js';
import type { Database } from '../../src/infrastructure/db/client.js';
import { DrizzleUnitOfWork } from '../../src/infrastructure/unit-of-work.js';
import { PromptMother } from '../support/mothers/prompt.mother.js';
import { migratedDatabase, outboxTypes } from '../support/test-database.js';

describe('DrizzlePromptRepository with the unit of work (SQLite)', () => {
  let database: Database;
  beforeEach(() => {
    database = migratedDatabase();
  });
  afterEach(() => database.close());

  const unitOfWork = () => new DrizzleUnitOfWork(database);

  async function saved() {
    const prompt = PromptMother.create();
    const uow = unitOfWork();
    uow.repositories.prompts.add(prompt);
    await uow.commit();
    return prompt;
  }

  it('saves a prompt and reads back an equal one', async () => {
    const prompt = await saved();
    const loaded = await unitOfWork().repositories.prompts.get(prompt.id);
    expect(loaded?.snapshot()).toEqual(prompt.snapshot());
    expect(loaded?.version).toBe(1);
  });

  it('writes the events to the outbox in the same transaction', async () => {
    const prompt = await saved();
    expect(outboxTypes(database, prompt.id)).toEqual(['PromptCreated']);
  });

  it('saves nothing that was not committed', async () => {
    const prompt = PromptMother.create();
    unitOfWork().repositories.prompts.add(prompt);
    expect(await unitOfWork().repositories.prompts.get(prompt.id)).toBeUndefined();
  });

  it('detects a concurrent change and rolls back the whole losing unit of work', async () => {
    const { id } = await saved();
    const first = unitOfWork();
    const second = unitOfWork();
    const mine = await first.repositories.prompts.get(id);
    const theirs = await second.repositories.prompts.get(id);
    theirs?.update({ tenantId: PromptMother.input().tenantId });
    await second.commit();

    mine?.update({ tenantId: PromptMother.input().tenantId });
    const bystander = PromptMother.create();
    first.repositories.prompts.add(bystander);
    await expect(first.commit()).rejects.toThrow(ConcurrencyError);

    expect(await unitOfWork().repositories.prompts.get(bystander.id)).toBeUndefined();
    expect(outboxTypes(database, bystander.id)).toEqual([]);
    expect((await unitOfWork().repositories.prompts.get(id))?.version).toBe(2);
  });

  it('refuses a second prompt with the same slug (ConflictError)', async () => {
    const prompt = await saved();
    const uow = unitOfWork();
    uow.repositories.prompts.add(PromptMother.create({ slug: prompt.slug }));
    await expect(uow.commit()).rejects.toThrow(ConflictError);
  });

  it('deletes, and a delete records PromptDeleted', async () => {
    const { id } = await saved();
    const uow = unitOfWork();
    const prompt = await uow.repositories.prompts.get(id);
    if (prompt === undefined) throw new Error('not saved');
    prompt.delete();
    uow.repositories.prompts.remove(prompt);
    await uow.commit();
    expect(await unitOfWork().repositories.prompts.get(id)).toBeUndefined();
    expect(outboxTypes(database, id)).toEqual(['PromptCreated', 'PromptDeleted']);
  });
});
