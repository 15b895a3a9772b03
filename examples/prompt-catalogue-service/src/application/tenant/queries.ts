import type { Page, PageRequest } from '../pagination.js';

/** A Tenant as clients see it. */
export interface TenantView {
  id: string;
  version: number;
  name: string;
  slug: string;
  contactEmail: string;
  plan: 'free' | 'team' | 'enterprise';
  website?: string;
}

export const TENANT_SORT_KEYS = ['id', 'slug'] as const;
export type TenantSortKey = (typeof TENANT_SORT_KEYS)[number];
export type TenantSort = TenantSortKey | `-${TenantSortKey}`;

export interface TenantFilter {
  slug?: string | undefined;
}

export interface TenantQueries {
  getById(id: string): Promise<TenantView | undefined>;
  list(request: PageRequest<TenantSort, TenantFilter>): Promise<Page<TenantView>>;
}
