import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
  itTransitions,
} from '../support/crud-contract.js';
import { ProductMother } from '../support/mothers/product.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const products = {
  url: '/api/v1/products',
  app: () => t,
  input: () => ProductMother.input(),
  changes: () => ({ sku: ProductMother.input().sku }),
};

describe(products.url, () => {
  itServesCrud(products);
  itRefusesADuplicate(products, 'sku');
  itFiltersBy(products, 'sku');
  itSortsDescendingBy(products, 'sku');
  itTransitions(products, {
    action: 'mark-discontinued',
    from: ProductMother.input({ active: true }),
    sets: { active: false, discontinuedOn: expect.any(String) },
    refusedFrom: ProductMother.input({ active: false }),
  });
});
