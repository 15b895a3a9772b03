import type { DomainEvent } from '../shared/domain-event.js';
import type { ProductChanges, ProductSnapshot } from './product.js';

export type ProductCreated = DomainEvent<'ProductCreated', ProductSnapshot>;
export type ProductUpdated = DomainEvent<'ProductUpdated', ProductChanges>;
export type ProductDeleted = DomainEvent<'ProductDeleted', Record<string, never>>;
/** The product is no longer sold; its catalogue page is gone. */
export type ProductDiscontinued = DomainEvent<
  'ProductDiscontinued',
  { active: false; discontinuedOn: string; catalogueUrl: null }
>;

export type ProductEvent = ProductCreated | ProductUpdated | ProductDeleted | ProductDiscontinued;
