import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of a Tenant: a UUID no other id type can be mistaken for. */
export type TenantId = Brand<string, 'TenantId'>;

export const TenantId = {
  generate: (): TenantId => newId() as TenantId,
  from: (value: string): TenantId => checkedId('tenantId', value) as TenantId,
};
