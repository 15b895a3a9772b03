import type { MoneyPlain } from '../../domain/shared/money.js';
import type { Page, PageRequest } from '../pagination.js';

/** A Product as clients see it. */
export interface ProductView {
  id: string;
  version: number;
  sku: string;
  name: string;
  listPrice: MoneyPlain;
  active: boolean;
  attributes?: unknown;
  catalogueUrl?: string;
  discontinuedOn?: string;
}

export const PRODUCT_SORT_KEYS = ['id', 'sku', 'name'] as const;
export type ProductSortKey = (typeof PRODUCT_SORT_KEYS)[number];
export type ProductSort = ProductSortKey | `-${ProductSortKey}`;

export interface ProductFilter {
  sku?: string | undefined;
  name?: string | undefined;
}

export interface ProductQueries {
  getById(id: string): Promise<ProductView | undefined>;
  list(request: PageRequest<ProductSort, ProductFilter>): Promise<Page<ProductView>>;
}
