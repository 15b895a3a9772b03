import type { ModelSettingsPlain } from '../../domain/prompt/model-settings.js';
import type { PromptVersionPlain } from '../../domain/prompt/prompt-version.js';
import type { PromptTagPlain } from '../../domain/prompt/prompt-tag.js';
import type { Page, PageRequest } from '../pagination.js';

/** A Prompt as clients see it. */
export interface PromptView {
  id: string;
  version: number;
  tenantId: string;
  title: string;
  slug: string;
  summary?: string;
  status: 'draft' | 'published' | 'archived';
  settings: ModelSettingsPlain;
  publishedAt?: string;
  reviewOn?: string;
  metadata?: unknown;
  externalId?: string;
  promptVersions: PromptVersionPlain[];
  promptTags: PromptTagPlain[];
}

export const PROMPT_SORT_KEYS = ['id', 'slug'] as const;
export type PromptSortKey = (typeof PROMPT_SORT_KEYS)[number];
export type PromptSort = PromptSortKey | `-${PromptSortKey}`;

export interface PromptFilter {
  tenantId?: string | undefined;
  slug?: string | undefined;
}

export interface PromptQueries {
  getById(id: string): Promise<PromptView | undefined>;
  list(request: PageRequest<PromptSort, PromptFilter>): Promise<Page<PromptView>>;
}
