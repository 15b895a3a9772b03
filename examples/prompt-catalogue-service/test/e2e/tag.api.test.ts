import { afterAll, beforeAll, describe } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { itFiltersBy, itServesCrud, itSortsDescendingBy } from '../support/crud-contract.js';
import { TagMother } from '../support/mothers/tag.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const tags = {
  url: '/api/v1/tags',
  app: () => t,
  input: () => TagMother.input(),
  changes: () => ({ tenantId: TagMother.input().tenantId }),
};

describe(tags.url, () => {
  itServesCrud(tags);
  itFiltersBy(tags, 'tenantId');
  itSortsDescendingBy(tags, 'label');
});
