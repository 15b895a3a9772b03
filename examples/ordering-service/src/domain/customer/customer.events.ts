import type { DomainEvent } from '../shared/domain-event.js';
import type { CustomerChanges, CustomerSnapshot } from './customer.js';

export type CustomerCreated = DomainEvent<'CustomerCreated', CustomerSnapshot>;
export type CustomerUpdated = DomainEvent<'CustomerUpdated', CustomerChanges>;
export type CustomerDeleted = DomainEvent<'CustomerDeleted', Record<string, never>>;
export type CustomerRegistered = DomainEvent<'CustomerRegistered', Record<string, never>>;

export type CustomerEvent =
  CustomerCreated | CustomerUpdated | CustomerDeleted | CustomerRegistered;
