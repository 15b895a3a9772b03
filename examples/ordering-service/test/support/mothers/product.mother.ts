import { Product, type NewProduct } from '../../../src/domain/product/product.js';

let sequence = 0;

/** Valid products for tests; unique fields differ between calls. */
export const ProductMother = {
  input(overrides: Partial<NewProduct> = {}): NewProduct {
    sequence += 1;
    const n = sequence;
    return {
      sku: `SAMPLE-${n}`,
      name: `name-${n}`,
      listPrice: { amount: '12.34', currency: 'EUR' },
      active: true,
      attributes: { tags: ['a', 'b'] },
      catalogueUrl: 'https://example.com/page',
      discontinuedOn: '2024-05-17',
      ...overrides,
    };
  },

  create(overrides: Partial<NewProduct> = {}): Product {
    return Product.create(ProductMother.input(overrides));
  },
};
