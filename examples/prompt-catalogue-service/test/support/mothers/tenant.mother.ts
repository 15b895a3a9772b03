import { Tenant, type NewTenant } from '../../../src/domain/tenant/tenant.js';

let sequence = 0;

/** Valid tenants for tests; unique fields differ between calls. */
export const TenantMother = {
  input(overrides: Partial<NewTenant> = {}): NewTenant {
    sequence += 1;
    const n = sequence;
    return {
      name: `name-${n}`,
      slug: `slug-${n}`,
      contactEmail: `user-${n}@example.com`,
      plan: 'free',
      website: 'https://example.com/page',
      ...overrides,
    };
  },

  create(overrides: Partial<NewTenant> = {}): Tenant {
    return Tenant.create(TenantMother.input(overrides));
  },
};
