import type { Product } from '../../../src/domain/product/product.js';
import type { ProductId } from '../../../src/domain/product/product-id.js';
import type { ProductRepository } from '../../../src/domain/product/product.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakeProductRepository
  extends FakeRepository<Product, ProductId>
  implements ProductRepository {}
