import type { DomainEvent } from '../shared/domain-event.js';
import type { TagChanges, TagSnapshot } from './tag.js';

export type TagCreated = DomainEvent<'TagCreated', TagSnapshot>;
export type TagUpdated = DomainEvent<'TagUpdated', TagChanges>;
export type TagDeleted = DomainEvent<'TagDeleted', Record<string, never>>;

export type TagEvent = TagCreated | TagUpdated | TagDeleted;
