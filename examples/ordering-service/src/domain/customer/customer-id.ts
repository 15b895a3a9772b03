import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of a Customer: a UUID no other id type can be mistaken for. */
export type CustomerId = Brand<string, 'CustomerId'>;

export const CustomerId = {
  generate: (): CustomerId => newId() as CustomerId,
  from: (value: string): CustomerId => checkedId('customerId', value) as CustomerId,
};
