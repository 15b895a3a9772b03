import type { Repositories } from '../application/unit-of-work.js';
import type { Database } from './db/client.js';
import type { Flushable } from './db/tracking-repository.js';
import { DrizzleTenantRepository } from './tenant/drizzle-tenant.repository.js';
import { DrizzleTagRepository } from './tag/drizzle-tag.repository.js';
import { DrizzlePromptRepository } from './prompt/drizzle-prompt.repository.js';

export type TrackedRepositories = {
  readonly [K in keyof Repositories]: Repositories[K] & Flushable;
};

/** A fresh set of repositories for one unit of work. */
export function createRepositories(database: Database): TrackedRepositories {
  return {
    tenants: new DrizzleTenantRepository(database),
    tags: new DrizzleTagRepository(database),
    prompts: new DrizzlePromptRepository(database),
  };
}
