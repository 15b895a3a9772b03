import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProduct,
  deleteProduct,
  updateProduct,
} from '../../src/application/product/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { ProductId } from '../../src/domain/product/product-id.js';
import { InvariantViolation, TransitionNotAllowed } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { ProductMother } from '../support/mothers/product.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Product', () => {
  it('is created at version 1 and records ProductCreated', () => {
    const product = ProductMother.create();
    expect(product.version).toBe(1);
    expect(eventTypes(product.pullEvents())).toEqual(['ProductCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const product = ProductMother.create({ active: undefined });
    expect(product.active).toEqual(true);
  });

  it('refuses sku not matching ^[A-Z0-9-]{3,32}$', () => {
    expect(() => ProductMother.create({ sku: ' ! ' })).toThrow(InvariantViolation);
  });

  it('refuses name longer than 200 characters', () => {
    expect(() => ProductMother.create({ name: 'x'.repeat(201) })).toThrow(InvariantViolation);
  });

  it('refuses listPrice with too many decimals', () => {
    expect(() => ProductMother.create({ listPrice: { amount: '1.234', currency: 'EUR' } })).toThrow(
      InvariantViolation,
    );
  });

  it('refuses catalogueUrl that is not a URL', () => {
    expect(() => ProductMother.create({ catalogueUrl: 'not a url' })).toThrow(InvariantViolation);
  });

  it('refuses discontinuedOn that is not a calendar date', () => {
    expect(() => ProductMother.create({ discontinuedOn: '2024-02-30' })).toThrow(
      InvariantViolation,
    );
  });

  it('accepts every name within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 0, maxLength: 200 });
    const outside = fc.string({ minLength: 201, maxLength: 240 });
    fc.assert(
      fc.property(inside, (value) => {
        expect(ProductMother.create({ name: value }).name).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => ProductMother.create({ name: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records ProductUpdated with the changes', () => {
    const product = ProductMother.create();
    product.pullEvents();
    const changes = { sku: ProductMother.input().sku };
    product.update(changes);
    expect(product.snapshot().sku).toEqual(changes.sku);
    const [event] = product.pullEvents();
    expect(event?.type).toBe('ProductUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const product = ProductMother.create();
    const before = product.snapshot();
    expect(() => product.update({ sku: ' ! ' })).toThrow(InvariantViolation);
    expect(product.snapshot()).toEqual(before);
  });

  it('markDiscontinued() records ProductDiscontinued and sets active, discontinuedOn and catalogueUrl', () => {
    const product = ProductMother.create({ active: true });
    product.pullEvents();
    const now = new Date('2030-01-02T03:04:05.000Z');
    product.markDiscontinued(now);
    expect(product.active).toEqual(false);
    expect(product.discontinuedOn).toEqual(now.toISOString().slice(0, 10));
    expect(product.catalogueUrl).toEqual(undefined);
    const [event] = product.pullEvents();
    expect(event?.type).toBe('ProductDiscontinued');
    expect(event?.payload).toEqual({
      active: false,
      discontinuedOn: now.toISOString().slice(0, 10),
      catalogueUrl: null,
    });
  });

  it('refuses markDiscontinued() in a state it does not allow, and keeps its state', () => {
    const product = ProductMother.create({ active: false });
    const before = product.snapshot();
    expect(() => product.markDiscontinued()).toThrow(TransitionNotAllowed);
    expect(product.snapshot()).toEqual(before);
  });

  it('records ProductDeleted when deleted', () => {
    const product = ProductMother.create();
    product.pullEvents();
    product.delete();
    expect(eventTypes(product.pullEvents())).toEqual(['ProductDeleted']);
  });
});

describe('Product command handlers', () => {
  it('create stores the product and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = ProductId.generate();
    await createProduct({ type: 'CreateProduct', id, input: ProductMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.products.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['ProductCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = ProductId.generate();
    await createProduct({ type: 'CreateProduct', id, input: ProductMother.input() }, uow);
    uow.committed = false;
    await expect(
      updateProduct({ type: 'UpdateProduct', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(
      deleteProduct({ type: 'DeleteProduct', id: ProductId.generate() }, uow),
    ).rejects.toThrow(NotFoundError);
  });
});
