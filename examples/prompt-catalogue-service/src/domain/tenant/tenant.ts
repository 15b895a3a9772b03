import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { email, oneOf, text, url } from '../shared/guards.js';
import type { TenantEvent } from './tenant.events.js';
import { TenantId } from './tenant-id.js';

/** What a Tenant holds, in domain types. */
export interface TenantProps {
  name: string;
  slug: string;
  contactEmail: string;
  plan: 'free' | 'team' | 'enterprise';
  website?: string;
}

/** What it takes to create a Tenant (plain values, validated here). */
export interface NewTenant {
  name: string;
  slug: string;
  contactEmail: string;
  plan?: 'free' | 'team' | 'enterprise';
  website?: string;
}

/** A partial change; `null` clears an optional field. */
export interface TenantChanges {
  name?: string;
  slug?: string;
  contactEmail?: string;
  plan?: 'free' | 'team' | 'enterprise';
  website?: string | null;
}

/** The state of a Tenant as plain data (event payloads). */
export interface TenantSnapshot {
  name: string;
  slug: string;
  contactEmail: string;
  plan: 'free' | 'team' | 'enterprise';
  website?: string;
}

/** An organisation that owns prompts; every prompt belongs to exactly one tenant. */
export class Tenant extends AggregateRoot<TenantId, TenantEvent> {
  private constructor(
    id: TenantId,
    version: number,
    private props: TenantProps,
  ) {
    super(id, version);
  }

  /** A new Tenant; records TenantCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewTenant, id: TenantId = TenantId.generate()): Tenant {
    const tenant = new Tenant(id, 0, {
      name: text('name', input.name, { min: 2, max: 120 }),
      slug: text('slug', input.slug, { max: 60, pattern: new RegExp('^[a-z0-9-]+$', 'u') }),
      contactEmail: email('contactEmail', input.contactEmail),
      plan: oneOf('plan', input.plan ?? 'free', ['free', 'team', 'enterprise'] as const),
      website: input.website === undefined ? undefined : url('website', input.website),
    });
    tenant.record(domainEvent('TenantCreated', id, tenant.snapshot()));
    return tenant;
  }

  /** Rebuilds a stored Tenant (no event: nothing happened). */
  static restore(id: TenantId, version: number, props: TenantProps): Tenant {
    return new Tenant(id, version, props);
  }

  get name(): string {
    return this.props.name;
  }

  get slug(): string {
    return this.props.slug;
  }

  get contactEmail(): string {
    return this.props.contactEmail;
  }

  get plan(): 'free' | 'team' | 'enterprise' {
    return this.props.plan;
  }

  get website(): string | undefined {
    return this.props.website;
  }

  /** Applies a change (all or nothing); records TenantUpdated. */
  update(changes: TenantChanges): void {
    const props: TenantProps = { ...this.props };
    if (changes.name !== undefined) props.name = text('name', changes.name, { min: 2, max: 120 });
    if (changes.slug !== undefined)
      props.slug = text('slug', changes.slug, {
        max: 60,
        pattern: new RegExp('^[a-z0-9-]+$', 'u'),
      });
    if (changes.contactEmail !== undefined)
      props.contactEmail = email('contactEmail', changes.contactEmail);
    if (changes.plan !== undefined)
      props.plan = oneOf('plan', changes.plan, ['free', 'team', 'enterprise'] as const);
    if (changes.website !== undefined)
      props.website = changes.website === null ? undefined : url('website', changes.website);
    this.props = props;
    this.record(domainEvent('TenantUpdated', this.id, changes));
  }

  /** Records TenantRenamed. */
  markRenamed(): void {
    this.record(domainEvent('TenantRenamed', this.id, {}));
  }

  /** Marks the Tenant for deletion; records TenantDeleted. */
  delete(): void {
    this.record(domainEvent('TenantDeleted', this.id, {}));
  }

  snapshot(): TenantSnapshot {
    return {
      name: this.props.name,
      slug: this.props.slug,
      contactEmail: this.props.contactEmail,
      plan: this.props.plan,
      website: this.props.website,
    };
  }
}
