import { afterAll, beforeAll, describe } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
} from '../support/crud-contract.js';
import { TenantMother } from '../support/mothers/tenant.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const tenants = {
  url: '/api/v1/tenants',
  app: () => t,
  input: () => TenantMother.input(),
  changes: () => ({ name: TenantMother.input().name }),
};

describe(tenants.url, () => {
  itServesCrud(tenants);
  itRefusesADuplicate(tenants, 'slug');
  itFiltersBy(tenants, 'slug');
  itSortsDescendingBy(tenants, 'slug');
});
