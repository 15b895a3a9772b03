import type { Product } from './product.js';
import type { ProductId } from './product-id.js';

/** Where products are kept. Changes are saved when the unit of work commits. */
export interface ProductRepository {
  add(product: Product): void;
  get(id: ProductId): Promise<Product | undefined>;
  remove(product: Product): void;
}
