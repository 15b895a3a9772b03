import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ModelSettingsPlain } from '../../domain/prompt/model-settings.js';

export const prompts = sqliteTable(
  'prompts',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull(),
    tenantId: text('tenant_id').notNull(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    summary: text('summary'),
    status: text('status', { enum: ['draft', 'published', 'archived'] }).notNull(),
    settings: text('settings', { mode: 'json' }).$type<ModelSettingsPlain>().notNull(),
    publishedAt: text('published_at'),
    reviewOn: text('review_on'),
    metadata: text('metadata', { mode: 'json' }).$type<unknown>(),
    externalId: text('external_id'),
  },
  (t) => [
    index('prompts_tenant_id_idx').on(t.tenantId, t.id),
    uniqueIndex('prompts_slug_unique').on(t.slug),
  ],
);

export const promptPromptVersions = sqliteTable(
  'prompt_prompt_versions',
  {
    id: text('id').primaryKey(),
    promptId: text('prompt_id')
      .notNull()
      .references(() => prompts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    number: integer('number').notNull(),
    body: text('body').notNull(),
    changeNote: text('change_note'),
  },
  (t) => [index('prompt_prompt_versions_prompt_id_idx').on(t.promptId, t.position)],
);

export const promptPromptTags = sqliteTable(
  'prompt_prompt_tags',
  {
    id: text('id').primaryKey(),
    promptId: text('prompt_id')
      .notNull()
      .references(() => prompts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    tagId: text('tag_id').notNull(),
  },
  (t) => [index('prompt_prompt_tags_prompt_id_idx').on(t.promptId, t.position)],
);
