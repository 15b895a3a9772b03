import { afterAll, beforeAll, describe } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
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
});
