import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of a Product: a UUID no other id type can be mistaken for. */
export type ProductId = Brand<string, 'ProductId'>;

export const ProductId = {
  generate: (): ProductId => newId() as ProductId,
  from: (value: string): ProductId => checkedId('productId', value) as ProductId,
};
