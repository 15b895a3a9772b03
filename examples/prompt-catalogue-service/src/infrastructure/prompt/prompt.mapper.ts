import { TenantId } from '../../domain/tenant/tenant-id.js';
import { TagId } from '../../domain/tag/tag-id.js';
import { ModelSettings } from '../../domain/prompt/model-settings.js';
import { PromptVersion } from '../../domain/prompt/prompt-version.js';
import { PromptTag } from '../../domain/prompt/prompt-tag.js';
import { Prompt } from '../../domain/prompt/prompt.js';
import { PromptId } from '../../domain/prompt/prompt-id.js';
import type { prompts, promptPromptVersions, promptPromptTags } from './prompt.table.js';

export type PromptRow = typeof prompts.$inferSelect;
export type PromptVersionRow = typeof promptPromptVersions.$inferSelect;
export type PromptTagRow = typeof promptPromptTags.$inferSelect;

/** Aggregate → row of `prompts` (the version is the one it has once saved). */
export function toPromptRow(prompt: Prompt): typeof prompts.$inferInsert {
  return {
    id: prompt.id,
    version: prompt.version,
    tenantId: prompt.tenantId,
    title: prompt.title,
    slug: prompt.slug,
    summary: prompt.summary ?? null,
    status: prompt.status,
    settings: prompt.settings.toPlain(),
    publishedAt: prompt.publishedAt?.toISOString() ?? null,
    reviewOn: prompt.reviewOn ?? null,
    metadata: prompt.metadata ?? null,
    externalId: prompt.externalId ?? null,
  };
}

export function toPromptVersionRows(prompt: Prompt): (typeof promptPromptVersions.$inferInsert)[] {
  return prompt.promptVersions.map((item, position) => ({
    id: item.id,
    promptId: prompt.id,
    position,
    number: item.number,
    body: item.body,
    changeNote: item.changeNote ?? null,
  }));
}

export function toPromptTagRows(prompt: Prompt): (typeof promptPromptTags.$inferInsert)[] {
  return prompt.promptTags.map((item, position) => ({
    id: item.id,
    promptId: prompt.id,
    position,
    tagId: item.tagId,
  }));
}

/** Rows → aggregate, without events: it is only being read. */
export function toPrompt(
  row: PromptRow,
  promptVersions: PromptVersionRow[],
  promptTags: PromptTagRow[],
): Prompt {
  return Prompt.restore(
    PromptId.from(row.id),
    row.version,
    {
      tenantId: TenantId.from(row.tenantId),
      title: row.title,
      slug: row.slug,
      summary: row.summary === null ? undefined : row.summary,
      status: row.status,
      settings: ModelSettings.from(row.settings),
      publishedAt: row.publishedAt === null ? undefined : new Date(row.publishedAt),
      reviewOn: row.reviewOn === null ? undefined : row.reviewOn,
      metadata: row.metadata === null ? undefined : row.metadata,
      externalId: row.externalId === null ? undefined : row.externalId,
    },
    promptVersions.map((item) =>
      PromptVersion.restore(item.id, {
        number: item.number,
        body: item.body,
        changeNote: item.changeNote === null ? undefined : item.changeNote,
      }),
    ),
    promptTags.map((item) =>
      PromptTag.restore(item.id, {
        tagId: TagId.from(item.tagId),
      }),
    ),
  );
}
