import { afterAll, beforeAll, describe } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
} from '../support/crud-contract.js';
import { PromptMother } from '../support/mothers/prompt.mother.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const prompts = {
  url: '/api/v1/prompts',
  app: () => t,
  input: () => PromptMother.input(),
  changes: () => ({ tenantId: PromptMother.input().tenantId }),
};

describe(prompts.url, () => {
  itServesCrud(prompts);
  itRefusesADuplicate(prompts, 'slug');
  itFiltersBy(prompts, 'tenantId');
  itSortsDescendingBy(prompts, 'slug');
});
