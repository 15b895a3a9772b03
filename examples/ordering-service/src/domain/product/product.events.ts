import type { DomainEvent } from '../shared/domain-event.js';
import type { ProductChanges, ProductSnapshot } from './product.js';

export type ProductCreated = DomainEvent<'ProductCreated', ProductSnapshot>;
export type ProductUpdated = DomainEvent<'ProductUpdated', ProductChanges>;
export type ProductDeleted = DomainEvent<'ProductDeleted', Record<string, never>>;

export type ProductEvent = ProductCreated | ProductUpdated | ProductDeleted;
