/** A page of a list, with the cursor of the next page when there is one. */
export interface Page<T> {
  items: T[];
  nextCursor: string | undefined;
}

export interface PageRequest<TSort extends string, TFilter> {
  limit: number;
  cursor?: string | undefined;
  sort: TSort;
  filter: TFilter;
}
