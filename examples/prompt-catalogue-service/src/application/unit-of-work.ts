import type { TenantRepository } from '../domain/tenant/tenant.repository.js';
import type { TagRepository } from '../domain/tag/tag.repository.js';
import type { PromptRepository } from '../domain/prompt/prompt.repository.js';

/** The repositories a unit of work hands out, one per aggregate. */
export interface Repositories {
  readonly tenants: TenantRepository;
  readonly tags: TagRepository;
  readonly prompts: PromptRepository;
}

/**
 * One business transaction. What is added, changed or removed through its repositories is
 * saved by `commit()` — all of it with the aggregates' events, or nothing.
 */
export interface UnitOfWork {
  readonly repositories: Repositories;
  commit(): Promise<void>;
}

export type UnitOfWorkFactory = () => UnitOfWork;
