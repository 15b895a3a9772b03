import { FakeTenantRepository } from './fake-tenant.repository.js';
import { FakeTagRepository } from './fake-tag.repository.js';
import { FakePromptRepository } from './fake-prompt.repository.js';

export interface FakeRepositories {
  readonly tenants: FakeTenantRepository;
  readonly tags: FakeTagRepository;
  readonly prompts: FakePromptRepository;
}

export function createFakeRepositories(): FakeRepositories {
  return {
    tenants: new FakeTenantRepository(),
    tags: new FakeTagRepository(),
    prompts: new FakePromptRepository(),
  };
}
