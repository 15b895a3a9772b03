import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of an Order: a UUID no other id type can be mistaken for. */
export type OrderId = Brand<string, 'OrderId'>;

export const OrderId = {
  generate: (): OrderId => newId() as OrderId,
  from: (value: string): OrderId => checkedId('orderId', value) as OrderId,
};
