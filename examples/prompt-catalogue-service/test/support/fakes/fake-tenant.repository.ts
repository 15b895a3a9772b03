import type { Tenant } from '../../../src/domain/tenant/tenant.js';
import type { TenantId } from '../../../src/domain/tenant/tenant-id.js';
import type { TenantRepository } from '../../../src/domain/tenant/tenant.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakeTenantRepository
  extends FakeRepository<Tenant, TenantId>
  implements TenantRepository {}
