import type { Page, PageRequest } from '../pagination.js';

/** A Tag as clients see it. */
export interface TagView {
  id: string;
  version: number;
  tenantId: string;
  label: string;
  colour: string;
}

export const TAG_SORT_KEYS = ['id', 'label'] as const;
export type TagSortKey = (typeof TAG_SORT_KEYS)[number];
export type TagSort = TagSortKey | `-${TagSortKey}`;

export interface TagFilter {
  tenantId?: string | undefined;
  label?: string | undefined;
}

export interface TagQueries {
  getById(id: string): Promise<TagView | undefined>;
  list(request: PageRequest<TagSort, TagFilter>): Promise<Page<TagView>>;
}
