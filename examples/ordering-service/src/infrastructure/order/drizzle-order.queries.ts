import { and, asc, desc, eq, gt, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Page, PageRequest } from '../../application/pagination.js';
import type {
  OrderFilter,
  OrderQueries,
  OrderSort,
  OrderSortKey,
  OrderView,
} from '../../application/order/queries.js';
import { Money } from '../../domain/shared/money.js';
import type { Database, Orm } from '../db/client.js';
import { decodeCursor, encodeCursor, parseSort } from '../db/cursor.js';
import type { OrderRow, OrderLineRow } from './order.mapper.js';
import { orders, orderOrderLines } from './order.table.js';

const sortColumns = {
  id: orders.id,
  number: orders.number,
} satisfies Record<OrderSortKey, unknown>;

const filterColumns = {
  number: orders.number,
  customerId: orders.customerId,
} satisfies Record<keyof OrderFilter, unknown>;

type FilterName = keyof typeof filterColumns;

/** One statement per (sort, filters, cursor?) shape, prepared the first time it is asked for. */
function prepareList(
  orm: Orm,
  sortKey: OrderSortKey,
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
          beyond(orders.id, sql.placeholder('cursorId')),
        ),
      ),
    );
  }
  const order = descending ? desc : asc;
  return orm
    .select()
    .from(orders)
    .where(and(...conditions))
    .orderBy(order(column), order(orders.id))
    .limit(sql.placeholder('limit'))
    .prepare();
}

type ListStatement = ReturnType<typeof prepareList>;

/** The driver values of the filters given (SQLite stores booleans as 0 and 1). */
function filterParams(filter: OrderFilter): Partial<Record<FilterName, string | number>> {
  const params: Partial<Record<FilterName, string | number>> = {};
  if (filter.number !== undefined) params.number = filter.number;
  if (filter.customerId !== undefined) params.customerId = filter.customerId;
  return params;
}

/** The read side of Order: rows straight to views, no aggregate in between. */
export class DrizzleOrderQueries implements OrderQueries {
  readonly #lists = new Map<string, ListStatement>();
  readonly #byId;
  readonly #orderLines;

  constructor(private readonly database: Database) {
    const orm = database.orm;
    this.#byId = orm
      .select()
      .from(orders)
      .where(eq(orders.id, sql.placeholder('id')))
      .prepare();
    this.#orderLines = orm
      .select()
      .from(orderOrderLines)
      .where(eq(orderOrderLines.orderId, sql.placeholder('id')))
      .orderBy(asc(orderOrderLines.position))
      .prepare();
  }

  getById(id: string): Promise<OrderView | undefined> {
    const row = this.#byId.get({ id });
    return Promise.resolve(row === undefined ? undefined : this.#view(row));
  }

  list(request: PageRequest<OrderSort, OrderFilter>): Promise<Page<OrderView>> {
    const { key, descending } = parseSort<OrderSortKey>(request.sort);
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

  #view(row: OrderRow): OrderView {
    const orderLines: OrderLineRow[] = this.#orderLines.all({ id: row.id });
    return {
      id: row.id,
      version: row.version,
      number: row.number,
      customerId: row.customerId,
      status: row.status,
      shippingAddress: row.shippingAddress,
      total: Money.fromMinor(row.totalMinor, row.totalCurrency).toPlain(),
      placedAt: row.placedAt ?? undefined,
      requestedDeliveryOn: row.requestedDeliveryOn ?? undefined,
      externalReference: row.externalReference ?? undefined,
      note: row.note ?? undefined,
      orderLines: orderLines.map((item) => ({
        id: item.id,
        productId: item.productId,
        quantity: item.quantity,
        unitPrice: Money.fromMinor(item.unitPriceMinor, item.unitPriceCurrency).toPlain(),
        discountPercent: item.discountPercent,
      })),
    };
  }
}
