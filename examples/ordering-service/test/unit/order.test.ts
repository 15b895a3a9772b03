import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrder, deleteOrder, updateOrder } from '../../src/application/order/handlers.js';
import { NotFoundError, PreconditionFailedError } from '../../src/application/errors.js';
import { OrderId } from '../../src/domain/order/order-id.js';
import { InvariantViolation, TransitionNotAllowed } from '../../src/domain/shared/errors.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';
import { OrderMother } from '../support/mothers/order.mother.js';

const eventTypes = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('Order', () => {
  it('is created at version 1 and records OrderCreated', () => {
    const order = OrderMother.create();
    expect(order.version).toBe(1);
    expect(eventTypes(order.pullEvents())).toEqual(['OrderCreated']);
  });

  it('takes the declared defaults when values are left out', () => {
    const order = OrderMother.create({ status: undefined });
    expect(order.status).toEqual('pending');
  });

  it('refuses number longer than 20 characters', () => {
    expect(() => OrderMother.create({ number: 'x'.repeat(21) })).toThrow(InvariantViolation);
  });

  it('refuses status outside its values', () => {
    expect(() => OrderMother.create({ status: 'not-a-value' as never })).toThrow(
      InvariantViolation,
    );
  });

  it('refuses total with too many decimals', () => {
    expect(() => OrderMother.create({ total: { amount: '1.234', currency: 'EUR' } })).toThrow(
      InvariantViolation,
    );
  });

  it('refuses requestedDeliveryOn that is not a calendar date', () => {
    expect(() => OrderMother.create({ requestedDeliveryOn: '2024-02-30' })).toThrow(
      InvariantViolation,
    );
  });

  it('refuses note longer than 2000 characters', () => {
    expect(() => OrderMother.create({ note: 'x'.repeat(2001) })).toThrow(InvariantViolation);
  });

  it('accepts every number within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 0, maxLength: 20 });
    const outside = fc.string({ minLength: 21, maxLength: 60 });
    fc.assert(
      fc.property(inside, (value) => {
        expect(OrderMother.create({ number: value }).number).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => OrderMother.create({ number: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('accepts every note within its bounds and nothing outside', () => {
    const inside = fc.string({ minLength: 0, maxLength: 2000 });
    const outside = fc.string({ minLength: 2001, maxLength: 2040 });
    fc.assert(
      fc.property(inside, (value) => {
        expect(OrderMother.create({ note: value }).note).toBe(value);
      }),
    );
    fc.assert(
      fc.property(outside, (value) => {
        expect(() => OrderMother.create({ note: value })).toThrow(InvariantViolation);
      }),
    );
  });

  it('records OrderUpdated with the changes', () => {
    const order = OrderMother.create();
    order.pullEvents();
    const changes = { number: OrderMother.input().number };
    order.update(changes);
    expect(order.snapshot().number).toEqual(changes.number);
    const [event] = order.pullEvents();
    expect(event?.type).toBe('OrderUpdated');
    expect(event?.payload).toEqual(changes);
  });

  it('keeps its state when a change breaks a rule', () => {
    const order = OrderMother.create();
    const before = order.snapshot();
    expect(() => order.update({ number: 'x'.repeat(21) })).toThrow(InvariantViolation);
    expect(order.snapshot()).toEqual(before);
  });

  it('markPlaced() records OrderPlaced and sets status and placedAt', () => {
    const order = OrderMother.create({ status: 'pending' });
    order.pullEvents();
    const now = new Date('2030-01-02T03:04:05.000Z');
    order.markPlaced(now);
    expect(order.status).toEqual('placed');
    expect(order.placedAt).toEqual(now);
    const [event] = order.pullEvents();
    expect(event?.type).toBe('OrderPlaced');
    expect(event?.payload).toEqual({ status: 'placed', placedAt: now.toISOString() });
  });

  it('refuses markPlaced() in a state it does not allow, and keeps its state', () => {
    const order = OrderMother.create({ status: 'placed' });
    const before = order.snapshot();
    expect(() => order.markPlaced()).toThrow(TransitionNotAllowed);
    expect(order.snapshot()).toEqual(before);
  });

  it('markShipped() records OrderShipped and sets status', () => {
    const order = OrderMother.create({ status: 'placed' });
    order.pullEvents();
    order.markShipped();
    expect(order.status).toEqual('shipped');
    const [event] = order.pullEvents();
    expect(event?.type).toBe('OrderShipped');
    expect(event?.payload).toEqual({ status: 'shipped' });
  });

  it('refuses markShipped() in a state it does not allow, and keeps its state', () => {
    const order = OrderMother.create({ status: 'pending' });
    const before = order.snapshot();
    expect(() => order.markShipped()).toThrow(TransitionNotAllowed);
    expect(order.snapshot()).toEqual(before);
  });

  it('markCancelled() records OrderCancelled and sets status', () => {
    const order = OrderMother.create({ status: 'pending' });
    order.pullEvents();
    order.markCancelled();
    expect(order.status).toEqual('cancelled');
    const [event] = order.pullEvents();
    expect(event?.type).toBe('OrderCancelled');
    expect(event?.payload).toEqual({ status: 'cancelled' });
  });

  it('refuses markCancelled() in a state it does not allow, and keeps its state', () => {
    const order = OrderMother.create({ status: 'shipped' });
    const before = order.snapshot();
    expect(() => order.markCancelled()).toThrow(TransitionNotAllowed);
    expect(order.snapshot()).toEqual(before);
  });

  it('records OrderDeleted when deleted', () => {
    const order = OrderMother.create();
    order.pullEvents();
    order.delete();
    expect(eventTypes(order.pullEvents())).toEqual(['OrderDeleted']);
  });
});

describe('Order command handlers', () => {
  it('create stores the order and commits', async () => {
    const uow = new FakeUnitOfWork();
    const id = OrderId.generate();
    await createOrder({ type: 'CreateOrder', id, input: OrderMother.input() }, uow);
    expect(uow.committed).toBe(true);
    expect(uow.repositories.orders.stored.has(id)).toBe(true);
    expect(eventTypes(uow.events)).toEqual(['OrderCreated']);
  });

  it('update refuses a stale version without committing', async () => {
    const uow = new FakeUnitOfWork();
    const id = OrderId.generate();
    await createOrder({ type: 'CreateOrder', id, input: OrderMother.input() }, uow);
    uow.committed = false;
    await expect(
      updateOrder({ type: 'UpdateOrder', id, expectedVersion: 7, changes: {} }, uow),
    ).rejects.toThrow(PreconditionFailedError);
    expect(uow.committed).toBe(false);
  });

  it('delete of an unknown id is NotFound', async () => {
    const uow = new FakeUnitOfWork();
    await expect(deleteOrder({ type: 'DeleteOrder', id: OrderId.generate() }, uow)).rejects.toThrow(
      NotFoundError,
    );
  });
});
