import { and, eq, sql } from 'drizzle-orm';
import type { Product } from '../../domain/product/product.js';
import type { ProductId } from '../../domain/product/product-id.js';
import type { ProductRepository } from '../../domain/product/product.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toProduct, toProductRow } from './product.mapper.js';
import { products } from './product.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(products)
    .where(eq(products.id, sql.placeholder('id')))
    .prepare(),
});

/** Products in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzleProductRepository
  extends TrackingRepository<Product, ProductId>
  implements ProductRepository
{
  constructor(database: Database) {
    super(database, 'Product');
  }

  protected load(id: ProductId): Product | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined ? undefined : toProduct(row);
  }

  protected insert(product: Product): void {
    this.database.orm.insert(products).values(toProductRow(product)).run();
  }

  protected update(product: Product): number {
    const { changes } = this.database.orm
      .update(products)
      .set(toProductRow(product))
      .where(and(eq(products.id, product.id), eq(products.version, product.persistedVersion)))
      .run();
    return changes;
  }

  protected delete(product: Product): number {
    return this.database.orm
      .delete(products)
      .where(and(eq(products.id, product.id), eq(products.version, product.persistedVersion)))
      .run().changes;
  }
}
