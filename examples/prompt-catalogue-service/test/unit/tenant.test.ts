import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTenant, deleteTenant, updateTenant } from '../../src/application/tenant/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { TenantId } from '../../src/domain/tenant/tenant-id.js';
import { InvariantViolation } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { TenantMother } from '../support/mothers/tenant.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Tenant', () => {
  it('is created at version 1 and records TenantCreated', () => {
    const tenant = TenantMother.create();
    expect(tenant.version).toBe(1);
    expect(eventTypes(tenant.pullEvents())).toEqual(['TenantCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const tenant = TenantMother.create({ plan: undefined });
    expect(tenant.plan).toEqual('free');
  });

  it('refuses name longer than 120 characters', () => {
    expect(() => TenantMother.create({ name: 'x'.repeat(121) })).toThrow(InvariantViolation);
  });

  it('refuses name shorter than 2 characters', () => {
    expect(() => TenantMother.create({ name: 'x'.repeat(1) })).toThrow(InvariantViolation);
  });

  it('refuses slug longer than 60 characters', () => {
    expect(() => TenantMother.create({ slug: 'x'.repeat(61) })).toThrow(InvariantViolation);
  });

  it('refuses slug not matching ^[a-z0-9-]+$', () => {
    expect(() => TenantMother.create({ slug: ' ! ' })).toThrow(InvariantViolation);
  });

  it('refuses contactEmail that is not an email address', () => {
    expect(() => TenantMother.create({ contactEmail: 'not-an-email' })).toThrow(InvariantViolation);
  });

  it('refuses plan outside its values', () => {
    expect(() => TenantMother.create({ plan: 'not-a-value' as never })).toThrow(InvariantViolation);
  });

  it('refuses website that is not a URL', () => {
    expect(() => TenantMother.create({ website: 'not a url' })).toThrow(InvariantViolation);
  });

  it('accepts every name within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 2, maxLength: 120 });
    const outside = fc.oneof(
      fc.string({ maxLength: 1 }),
      fc.string({ minLength: 121, maxLength: 160 }),
    );
    fc.assert(
      fc.property(inside, (value) => {
        expect(TenantMother.create({ name: value }).name).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => TenantMother.create({ name: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records TenantUpdated with the changes', () => {
    const tenant = TenantMother.create();
    tenant.pullEvents();
    const changes = { name: TenantMother.input().name };
    tenant.update(changes);
    expect(tenant.snapshot().name).toEqual(changes.name);
    const [event] = tenant.pullEvents();
    expect(event?.type).toBe('TenantUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const tenant = TenantMother.create();
    const before = tenant.snapshot();
    expect(() => tenant.update({ name: 'x'.repeat(121) })).toThrow(InvariantViolation);
    expect(tenant.snapshot()).toEqual(before);
  });

  it('records TenantRenamed when told markRenamed()', () => {
    const tenant = TenantMother.create();
    tenant.pullEvents();
    tenant.markRenamed();
    expect(eventTypes(tenant.pullEvents())).toEqual(['TenantRenamed']);
  });

  it('records TenantDeleted when deleted', () => {
    const tenant = TenantMother.create();
    tenant.pullEvents();
    tenant.delete();
    expect(eventTypes(tenant.pullEvents())).toEqual(['TenantDeleted']);
  });
});

describe('Tenant command handlers', () => {
  it('create stores the tenant and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = TenantId.generate();
    await createTenant({ type: 'CreateTenant', id, input: TenantMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.tenants.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['TenantCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = TenantId.generate();
    await createTenant({ type: 'CreateTenant', id, input: TenantMother.input() }, uow);
    uow.committed = false;
    await expect(
      updateTenant({ type: 'UpdateTenant', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(
      deleteTenant({ type: 'DeleteTenant', id: TenantId.generate() }, uow),
    ).rejects.toThrow(NotFoundError);
  });
});
