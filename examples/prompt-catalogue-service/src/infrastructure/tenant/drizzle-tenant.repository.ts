import { and, eq, sql } from 'drizzle-orm';
import type { Tenant } from '../../domain/tenant/tenant.js';
import type { TenantId } from '../../domain/tenant/tenant-id.js';
import type { TenantRepository } from '../../domain/tenant/tenant.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toTenant, toTenantRow } from './tenant.mapper.js';
import { tenants } from './tenant.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(tenants)
    .where(eq(tenants.id, sql.placeholder('id')))
    .prepare(),
});

/** Tenants in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzleTenantRepository
  extends TrackingRepository<Tenant, TenantId>
  implements TenantRepository
{
  constructor(database: Database) {
    super(database, 'Tenant');
  }

  protected load(id: TenantId): Tenant | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined ? undefined : toTenant(row);
  }

  protected insert(tenant: Tenant): void {
    this.database.orm.insert(tenants).values(toTenantRow(tenant)).run();
  }

  protected update(tenant: Tenant): number {
    const { changes } = this.database.orm
      .update(tenants)
      .set(toTenantRow(tenant))
      .where(and(eq(tenants.id, tenant.id), eq(tenants.version, tenant.persistedVersion)))
      .run();
    return changes;
  }

  protected delete(tenant: Tenant): number {
    return this.database.orm
      .delete(tenants)
      .where(and(eq(tenants.id, tenant.id), eq(tenants.version, tenant.persistedVersion)))
      .run().changes;
  }
}
