import type { Tenant } from './tenant.js';
import type { TenantId } from './tenant-id.js';

/** Where tenants are kept. Changes are saved when the unit of work commits. */
export interface TenantRepository {
  add(tenant: Tenant): void;
  get(id: TenantId): Promise<Tenant | undefined>;
  remove(tenant: Tenant): void;
}
