import type { Page, PageRequest } from '../pagination.js';

/** A Customer as clients see it. */
export interface CustomerView {
  id: string;
  version: number;
  name: string;
  email: string;
  phone?: string;
  marketingOptIn: boolean;
  birthDate?: string;
}

export const CUSTOMER_SORT_KEYS = ['id', 'email'] as const;
export type CustomerSortKey = (typeof CUSTOMER_SORT_KEYS)[number];
export type CustomerSort = CustomerSortKey | `-${CustomerSortKey}`;

export interface CustomerFilter {
  email?: string | undefined;
}

export interface CustomerQueries {
  getById(id: string): Promise<CustomerView | undefined>;
  list(request: PageRequest<CustomerSort, CustomerFilter>): Promise<Page<CustomerView>>;
}
