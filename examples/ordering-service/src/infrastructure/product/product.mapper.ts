import { Money } from '../../domain/shared/money.js';
import { Product } from '../../domain/product/product.js';
import { ProductId } from '../../domain/product/product-id.js';
import type { products } from './product.table.js';

export type ProductRow = typeof products.$inferSelect;

/** Aggregate → row of `products` (the version is the one it has once saved). */
export function toProductRow(product: Product): typeof products.$inferInsert {
  return {
    id: product.id,
    version: product.version,
    sku: product.sku,
    name: product.name,
    listPriceMinor: product.listPrice.minor,
    listPriceCurrency: product.listPrice.currency,
    active: product.active,
    attributes: product.attributes ?? null,
    catalogueUrl: product.catalogueUrl ?? null,
    discontinuedOn: product.discontinuedOn ?? null,
  };
}

/** Rows → aggregate, without events: it is only being read. */
export function toProduct(row: ProductRow): Product {
  return Product.restore(ProductId.from(row.id), row.version, {
    sku: row.sku,
    name: row.name,
    listPrice: Money.fromMinor(row.listPriceMinor, row.listPriceCurrency),
    active: row.active,
    attributes: row.attributes === null ? undefined : row.attributes,
    catalogueUrl: row.catalogueUrl === null ? undefined : row.catalogueUrl,
    discontinuedOn: row.discontinuedOn === null ? undefined : row.discontinuedOn,
  });
}
