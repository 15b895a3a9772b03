import type { ReadCache } from './read-cache.js';

/** What every aggregate's queries offer: a view by id. */
interface ViewsById {
  getById(id: string): Promise<unknown>;
}

type QueriesById<TQueries> = { readonly [K in keyof TQueries]: ViewsById };

/** Reads by id go through the cache; every other query (lists, filters) goes to the database. */
function cachedById<TViews extends ViewsById>(views: TViews, cache: ReadCache): TViews {
  const getById = async (id: string): Promise<unknown> => {
    const cached = await cache.get(id);
    if (cached !== undefined) return cached;
    const view = await views.getById(id);
    if (view !== undefined) await cache.set(id, view);
    return view;
  };
  return new Proxy(views, {
    get(target, property): unknown {
      if (property === 'getById') return getById;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The same queries, with each aggregate's reads by id served from the cache when it can. */
export function withReadCache<TQueries extends QueriesById<TQueries>>(
  queries: TQueries,
  cache: ReadCache,
): TQueries {
  const cached: Partial<Record<keyof TQueries, ViewsById>> = {};
  for (const name of Object.keys(queries) as (keyof TQueries)[]) {
    cached[name] = cachedById(queries[name], cache);
  }
  return cached as TQueries;
}
