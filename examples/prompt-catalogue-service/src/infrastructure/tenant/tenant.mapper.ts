import { Tenant } from '../../domain/tenant/tenant.js';
import { TenantId } from '../../domain/tenant/tenant-id.js';
import type { tenants } from './tenant.table.js';

export type TenantRow = typeof tenants.$inferSelect;

/** Aggregate → row of `tenants` (the version is the one it has once saved). */
export function toTenantRow(tenant: Tenant): typeof tenants.$inferInsert {
  return {
    id: tenant.id,
    version: tenant.version,
    name: tenant.name,
    slug: tenant.slug,
    contactEmail: tenant.contactEmail,
    plan: tenant.plan,
    website: tenant.website ?? null,
  };
}

/** Rows → aggregate, without events: it is only being read. */
export function toTenant(row: TenantRow): Tenant {
  return Tenant.restore(TenantId.from(row.id), row.version, {
    name: row.name,
    slug: row.slug,
    contactEmail: row.contactEmail,
    plan: row.plan,
    website: row.website === null ? undefined : row.website,
  });
}
