import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrompt, deletePrompt, updatePrompt } from '../../src/application/prompt/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { PromptId } from '../../src/domain/prompt/prompt-id.js';
import { InvariantViolation, TransitionNotAllowed } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { PromptMother } from '../support/mothers/prompt.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Prompt', () => {
  it('is created at version 1 and records PromptCreated', () => {
    const prompt = PromptMother.create();
    expect(prompt.version).toBe(1);
    expect(eventTypes(prompt.pullEvents())).toEqual(['PromptCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const prompt = PromptMother.create({ status: undefined });
    expect(prompt.status).toEqual('draft');
  });

  it('refuses title longer than 200 characters', () => {
    expect(() => PromptMother.create({ title: 'x'.repeat(201) })).toThrow(InvariantViolation);
  });

  it('refuses slug not matching ^[a-z0-9-]+$', () => {
    expect(() => PromptMother.create({ slug: ' ! ' })).toThrow(InvariantViolation);
  });

  it('refuses status outside its values', () => {
    expect(() => PromptMother.create({ status: 'not-a-value' as never })).toThrow(
      InvariantViolation,
    );
  });

  it('refuses reviewOn that is not a calendar date', () => {
    expect(() => PromptMother.create({ reviewOn: '2024-02-30' })).toThrow(InvariantViolation);
  });

  it('accepts every title within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 0, maxLength: 200 });
    const outside = fc.string({ minLength: 201, maxLength: 240 });
    fc.assert(
      fc.property(inside, (value) => {
        expect(PromptMother.create({ title: value }).title).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => PromptMother.create({ title: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records PromptUpdated with the changes', () => {
    const prompt = PromptMother.create();
    prompt.pullEvents();
    const changes = { tenantId: PromptMother.input().tenantId };
    prompt.update(changes);
    expect(prompt.snapshot().tenantId).toEqual(changes.tenantId);
    const [event] = prompt.pullEvents();
    expect(event?.type).toBe('PromptUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const prompt = PromptMother.create();
    const before = prompt.snapshot();
    expect(() => prompt.update({ title: 'x'.repeat(201) })).toThrow(InvariantViolation);
    expect(prompt.snapshot()).toEqual(before);
  });

  it('markPublished() records PromptPublished and sets status and publishedAt', () => {
    const prompt = PromptMother.create({ status: 'draft' });
    prompt.pullEvents();
    const now = new Date('2030-01-02T03:04:05.000Z');
    prompt.markPublished(now);
    expect(prompt.status).toEqual('published');
    expect(prompt.publishedAt).toEqual(now);
    const [event] = prompt.pullEvents();
    expect(event?.type).toBe('PromptPublished');
    expect(event?.payload).toEqual({ status: 'published', publishedAt: now.toISOString() });
  });

  it('refuses markPublished() in a state it does not allow, and keeps its state', () => {
    const prompt = PromptMother.create({ status: 'published' });
    const before = prompt.snapshot();
    expect(() => prompt.markPublished()).toThrow(TransitionNotAllowed);
    expect(prompt.snapshot()).toEqual(before);
  });

  it('markArchived() records PromptArchived and sets status', () => {
    const prompt = PromptMother.create({ status: 'draft' });
    prompt.pullEvents();
    prompt.markArchived();
    expect(prompt.status).toEqual('archived');
    const [event] = prompt.pullEvents();
    expect(event?.type).toBe('PromptArchived');
    expect(event?.payload).toEqual({ status: 'archived' });
  });

  it('refuses markArchived() in a state it does not allow, and keeps its state', () => {
    const prompt = PromptMother.create({ status: 'archived' });
    const before = prompt.snapshot();
    expect(() => prompt.markArchived()).toThrow(TransitionNotAllowed);
    expect(prompt.snapshot()).toEqual(before);
  });

  it('records PromptDeleted when deleted', () => {
    const prompt = PromptMother.create();
    prompt.pullEvents();
    prompt.delete();
    expect(eventTypes(prompt.pullEvents())).toEqual(['PromptDeleted']);
  });
});

describe('Prompt command handlers', () => {
  it('create stores the prompt and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = PromptId.generate();
    await createPrompt({ type: 'CreatePrompt', id, input: PromptMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.prompts.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['PromptCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = PromptId.generate();
    await createPrompt({ type: 'CreatePrompt', id, input: PromptMother.input() }, uow);
    uow.committed = false;
    await expect(
      updatePrompt({ type: 'UpdatePrompt', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(
      deletePrompt({ type: 'DeletePrompt', id: PromptId.generate() }, uow),
    ).rejects.toThrow(NotFoundError);
  });
});
