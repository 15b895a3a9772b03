import { afterAll, beforeAll, describe } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
} from '../support/crud-contract.js';
import { CustomerMother } from '../support/mothers/customer.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const customers = {
  url: '/api/v1/customers',
  app: () => t,
  input: () => CustomerMother.input(),
  changes: () => ({ name: CustomerMother.input().name }),
};

describe(customers.url, () => {
  itServesCrud(customers);
  itRefusesADuplicate(customers, 'email');
  itFiltersBy(customers, 'email');
  itSortsDescendingBy(customers, 'email');
});
