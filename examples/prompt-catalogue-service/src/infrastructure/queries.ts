import type { Queries } from '../application/queries.js';
import type { Database } from './db/client.js';
import { DrizzleTenantQueries } from './tenant/drizzle-tenant.queries.js';
import { DrizzleTagQueries } from './tag/drizzle-tag.queries.js';
import { DrizzlePromptQueries } from './prompt/drizzle-prompt.queries.js';

/** The read side, built once: its statements are prepared at start. */
export function createQueries(database: Database): Queries {
  return {
    tenants: new DrizzleTenantQueries(database),
    tags: new DrizzleTagQueries(database),
    prompts: new DrizzlePromptQueries(database),
  };
}
