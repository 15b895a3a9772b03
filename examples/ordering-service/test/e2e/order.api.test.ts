import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
  itTransitions,
} from '../support/crud-contract.js';
import { OrderMother } from '../support/mothers/order.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const orders = {
  url: '/api/v1/orders',
  app: () => t,
  input: () => OrderMother.input(),
  changes: () => ({ number: OrderMother.input().number }),
};

describe(orders.url, () => {
  itServesCrud(orders);
  itRefusesADuplicate(orders, 'number');
  itFiltersBy(orders, 'number');
  itSortsDescendingBy(orders, 'number');
  itTransitions(orders, {
    action: 'mark-placed',
    from: OrderMother.input({ status: 'pending' }),
    sets: { status: 'placed', placedAt: expect.any(String) },
    refusedFrom: OrderMother.input({ status: 'placed' }),
  });
  itTransitions(orders, {
    action: 'mark-shipped',
    from: OrderMother.input({ status: 'placed' }),
    sets: { status: 'shipped' },
    refusedFrom: OrderMother.input({ status: 'pending' }),
  });
  itTransitions(orders, {
    action: 'mark-cancelled',
    from: OrderMother.input({ status: 'pending' }),
    sets: { status: 'cancelled' },
    refusedFrom: OrderMother.input({ status: 'shipped' }),
  });
});
