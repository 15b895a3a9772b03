import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import {
  itFiltersBy,
  itRefusesADuplicate,
  itServesCrud,
  itSortsDescendingBy,
  itTransitions,
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
  itTransitions(prompts, {
    action: 'mark-published',
    from: PromptMother.input({ status: 'draft' }),
    sets: { status: 'published', publishedAt: expect.any(String) },
    refusedFrom: PromptMother.input({ status: 'published' }),
  });
  itTransitions(prompts, {
    action: 'mark-archived',
    from: PromptMother.input({ status: 'draft' }),
    sets: { status: 'archived' },
    refusedFrom: PromptMother.input({ status: 'archived' }),
  });
});
