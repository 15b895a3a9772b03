-- Tenant: generated from the domain model

CREATE TABLE tenants (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  slug TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  plan TEXT NOT NULL CHECK (plan IN ('free', 'team', 'enterprise')),
  website TEXT
);

CREATE UNIQUE INDEX tenants_slug_unique ON tenants (slug);
