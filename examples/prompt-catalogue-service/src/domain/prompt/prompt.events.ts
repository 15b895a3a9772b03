import type { DomainEvent } from '../shared/domain-event.js';
import type { PromptChanges, PromptSnapshot } from './prompt.js';

export type PromptCreated = DomainEvent<'PromptCreated', PromptSnapshot>;
export type PromptUpdated = DomainEvent<'PromptUpdated', PromptChanges>;
export type PromptDeleted = DomainEvent<'PromptDeleted', Record<string, never>>;
/** A version was made the one that is served. */
export type PromptPublished = DomainEvent<
  'PromptPublished',
  { status: 'published'; publishedAt: string }
>;
/** The prompt no longer serves any version. */
export type PromptArchived = DomainEvent<'PromptArchived', { status: 'archived' }>;

export type PromptEvent =
  PromptCreated | PromptUpdated | PromptDeleted | PromptPublished | PromptArchived;
