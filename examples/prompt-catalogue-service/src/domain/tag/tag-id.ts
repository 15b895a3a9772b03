import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of a Tag: a UUID no other id type can be mistaken for. */
export type TagId = Brand<string, 'TagId'>;

export const TagId = {
  generate: (): TagId => newId() as TagId,
  from: (value: string): TagId => checkedId('tagId', value) as TagId,
};
