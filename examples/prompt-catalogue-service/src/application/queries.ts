import type { TenantQueries } from './tenant/queries.js';
import type { TagQueries } from './tag/queries.js';
import type { PromptQueries } from './prompt/queries.js';

/** The read side: views straight from the database, no aggregates involved. */
export interface Queries {
  readonly tenants: TenantQueries;
  readonly tags: TagQueries;
  readonly prompts: PromptQueries;
}
