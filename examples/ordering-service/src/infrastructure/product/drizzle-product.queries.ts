import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Page, PageRequest } from '../../application/pagination.js';
import type {
  ProductFilter,
  ProductQueries,
  ProductSort,
  ProductSortKey,
  ProductView,
} from '../../application/product/queries.js';
import { Money } from '../../domain/shared/money.js';
import type { Database, Orm } from '../db/client.js';
import { decodeCursor, encodeCursor, parseSort } from '../db/cursor.js';
import type { ProductRow } from './product.mapper.js';
import { products } from './product.table.js';

const sortColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
} satisfies Record<ProductSortKey, unknown>;

const filterColumns = {
  sku: products.sku,
  name: products.name,
} satisfies Record<keyof ProductFilter, unknown>;

type FilterName = keyof typeof filterColumns;

/** One statement per (sort, filters, cursor?) shape, prepared the first time it is asked for. */
function prepareList(
  orm: Orm,
  sortKey: ProductSortKey,
  descending: boolean,
  filters: FilterName[],
  after: boolean,
) {
  const conditions: (SQL | undefined)[] = filters.map((name) =>
    eq(filterColumns[name], sql.placeholder(name)),
  );
  const column = sortColumns[sortKey];
  if (after) {
    const beyond = descending ? lt : gt;
    conditions.push(
      or(
        beyond(column, sql.placeholder('cursorValue')),
        and(
          eq(column, sql.placeholder('cursorValue')),
          beyond(products.id, sql.placeholder('cursorId')),
        ),
      ),
    );
  }
  const order = descending ? desc : asc;
  return orm
    .select()
    .from(products)
    .where(and(...conditions))
    .orderBy(order(column), order(products.id))
    .limit(sql.placeholder('limit'))
    .prepare();
}

type ListStatement = ReturnType<typeof prepareList>;

/** The driver values of the filters given (SQLite stores booleans as 0 and 1). */
function filterParams(filter: ProductFilter): Partial<Record<FilterName, string | number>> {
  const params: Partial<Record<FilterName, string | number>> = {};
  if (filter.sku !== undefined) params.sku = filter.sku;
  if (filter.name !== undefined) params.name = filter.name;
  return params;
}

/** The read side of Product: rows straight to views, no aggregate in between. */
export class DrizzleProductQueries implements ProductQueries {
  readonly #lists = new Map<string, ListStatement>();
  readonly #byId;

  constructor(private readonly database: Database) {
    const orm = database.orm;
    this.#byId = orm
      .select()
      .from(products)
      .where(eq(products.id, sql.placeholder('id')))
      .prepare();
  }

  getById(id: string): Promise<ProductView | undefined> {
    const row = this.#byId.get({ id });
    return Promise.resolve(row === undefined ? undefined : this.#view(row));
  }

  list(request: PageRequest<ProductSort, ProductFilter>): Promise<Page<ProductView>> {
    const { key, descending } = parseSort<ProductSortKey>(request.sort);
    const params: Record<string, string | number> = filterParams(request.filter);
    const filters = (Object.keys(params) as FilterName[]).sort();
    const cursor =
      request.cursor === undefined ? undefined : decodeCursor(request.cursor, request.sort);
    const shape = `${request.sort}|${filters.join(',')}|${cursor === undefined ? '' : 'after'}`;
    let statement = this.#lists.get(shape);
    if (statement === undefined) {
      statement = prepareList(this.database.orm, key, descending, filters, cursor !== undefined);
      this.#lists.set(shape, statement);
    }
    params.limit = request.limit + 1;
    if (cursor !== undefined) {
      params.cursorValue = cursor.value;
      params.cursorId = cursor.id;
    }
    const rows = statement.all(params);
    const items = rows.slice(0, request.limit);
    const last = items.at(-1);
    const nextCursor =
      rows.length > request.limit && last !== undefined
        ? encodeCursor({ value: last[key], id: last.id }, request.sort)
        : undefined;
    return Promise.resolve({ items: items.map((row) => this.#view(row)), nextCursor });
  }

  #view(row: ProductRow): ProductView {
    return {
      id: row.id,
      version: row.version,
      sku: row.sku,
      name: row.name,
      listPrice: Money.fromMinor(row.listPriceMinor, row.listPriceCurrency).toPlain(),
      active: row.active,
      attributes: row.attributes ?? undefined,
      catalogueUrl: row.catalogueUrl ?? undefined,
      discontinuedOn: row.discontinuedOn ?? undefined,
    };
  }
}
