import type { DomainEvent } from '../shared/domain-event.js';
import type { PromptChanges, PromptSnapshot } from './prompt.js';

export type PromptCreated = DomainEvent<'PromptCreated', PromptSnapshot>;
export type PromptUpdated = DomainEvent<'PromptUpdated', PromptChanges>;
export type PromptDeleted = DomainEvent<'PromptDeleted', Record<string, never>>;
/** A version was made the one that is served. */
export type PromptPublished = DomainEvent<'PromptPublished', Record<string, never>>;
/** The prompt no longer serves any version. */
export type PromptArchived = DomainEvent<'PromptArchived', Record<string, never>>;

export type PromptEvent =
  PromptCreated | PromptUpdated | PromptDeleted | PromptPublished | PromptArchived;
