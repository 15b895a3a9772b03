import { and, asc, eq, sql } from 'drizzle-orm';
import type { Order } from '../../domain/order/order.js';
import type { OrderId } from '../../domain/order/order-id.js';
import type { OrderRepository } from '../../domain/order/order.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toOrder, toOrderRow, toOrderLineRows } from './order.mapper.js';
import { orders, orderOrderLines } from './order.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(orders)
    .where(eq(orders.id, sql.placeholder('id')))
    .prepare(),
  orderLines: orm
    .select()
    .from(orderOrderLines)
    .where(eq(orderOrderLines.orderId, sql.placeholder('id')))
    .orderBy(asc(orderOrderLines.position))
    .prepare(),
});

/** Orders in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzleOrderRepository
  extends TrackingRepository<Order, OrderId>
  implements OrderRepository
{
  constructor(database: Database) {
    super(database, 'Order');
  }

  protected load(id: OrderId): Order | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined ? undefined : toOrder(row, prepare.orderLines.all({ id }));
  }

  protected insert(order: Order): void {
    this.database.orm.insert(orders).values(toOrderRow(order)).run();
    this.insertParts(order);
  }

  protected update(order: Order): number {
    const { changes } = this.database.orm
      .update(orders)
      .set(toOrderRow(order))
      .where(and(eq(orders.id, order.id), eq(orders.version, order.persistedVersion)))
      .run();
    if (changes > 0) {
      this.database.orm.delete(orderOrderLines).where(eq(orderOrderLines.orderId, order.id)).run();
      this.insertParts(order);
    }
    return changes;
  }

  protected delete(order: Order): number {
    return this.database.orm
      .delete(orders)
      .where(and(eq(orders.id, order.id), eq(orders.version, order.persistedVersion)))
      .run().changes;
  }

  private insertParts(order: Order): void {
    const orderLines = toOrderLineRows(order);
    if (orderLines.length > 0) this.database.orm.insert(orderOrderLines).values(orderLines).run();
  }
}
