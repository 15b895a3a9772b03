import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTag, deleteTag, updateTag } from '../../src/application/tag/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { TagId } from '../../src/domain/tag/tag-id.js';
import { InvariantViolation } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { TagMother } from '../support/mothers/tag.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Tag', () => {
  it('is created at version 1 and records TagCreated', () => {
    const tag = TagMother.create();
    expect(tag.version).toBe(1);
    expect(eventTypes(tag.pullEvents())).toEqual(['TagCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const tag = TagMother.create({ colour: undefined });
    expect(tag.colour).toEqual('#888888');
  });

  it('refuses label longer than 40 characters', () => {
    expect(() => TagMother.create({ label: 'x'.repeat(41) })).toThrow(InvariantViolation);
  });

  it('refuses colour longer than 7 characters', () => {
    expect(() => TagMother.create({ colour: 'x'.repeat(8) })).toThrow(InvariantViolation);
  });

  it('refuses colour not matching ^#[0-9a-f]{6}$', () => {
    expect(() => TagMother.create({ colour: ' ! ' })).toThrow(InvariantViolation);
  });

  it('accepts every label within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 0, maxLength: 40 });
    const outside = fc.string({ minLength: 41, maxLength: 80 });
    fc.assert(
      fc.property(inside, (value) => {
        expect(TagMother.create({ label: value }).label).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => TagMother.create({ label: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records TagUpdated with the changes', () => {
    const tag = TagMother.create();
    tag.pullEvents();
    const changes = { tenantId: TagMother.input().tenantId };
    tag.update(changes);
    expect(tag.snapshot().tenantId).toEqual(changes.tenantId);
    const [event] = tag.pullEvents();
    expect(event?.type).toBe('TagUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const tag = TagMother.create();
    const before = tag.snapshot();
    expect(() => tag.update({ label: 'x'.repeat(41) })).toThrow(InvariantViolation);
    expect(tag.snapshot()).toEqual(before);
  });

  it('records TagDeleted when deleted', () => {
    const tag = TagMother.create();
    tag.pullEvents();
    tag.delete();
    expect(eventTypes(tag.pullEvents())).toEqual(['TagDeleted']);
  });
});

describe('Tag command handlers', () => {
  it('create stores the tag and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = TagId.generate();
    await createTag({ type: 'CreateTag', id, input: TagMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.tags.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['TagCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = TagId.generate();
    await createTag({ type: 'CreateTag', id, input: TagMother.input() }, uow);
    uow.committed = false;
    await expect(
      updateTag({ type: 'UpdateTag', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(deleteTag({ type: 'DeleteTag', id: TagId.generate() }, uow)).rejects.toThrow(
      NotFoundError,
    );
  });
});
