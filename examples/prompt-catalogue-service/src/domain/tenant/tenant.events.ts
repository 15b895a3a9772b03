import type { DomainEvent } from '../shared/domain-event.js';
import type { TenantChanges, TenantSnapshot } from './tenant.js';

export type TenantCreated = DomainEvent<'TenantCreated', TenantSnapshot>;
export type TenantUpdated = DomainEvent<'TenantUpdated', TenantChanges>;
export type TenantDeleted = DomainEvent<'TenantDeleted', Record<string, never>>;
export type TenantRenamed = DomainEvent<'TenantRenamed', Record<string, never>>;

export type TenantEvent = TenantCreated | TenantUpdated | TenantDeleted | TenantRenamed;
