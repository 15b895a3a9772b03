import type { Command } from '../message-bus.js';
import type { NewPrompt, PromptChanges } from '../../domain/prompt/prompt.js';

export interface CreatePrompt extends Command {
  readonly type: 'CreatePrompt';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewPrompt;
}

export interface UpdatePrompt extends Command {
  readonly type: 'UpdatePrompt';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: PromptChanges;
}

export interface DeletePrompt extends Command {
  readonly type: 'DeletePrompt';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}

/** Asks for PromptPublished: Needs status draft; sets status to published and publishedAt to now. */
export interface MarkPromptPublished extends Command {
  readonly type: 'MarkPromptPublished';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}

/** Asks for PromptArchived: Needs status draft or published; sets status to archived. */
export interface MarkPromptArchived extends Command {
  readonly type: 'MarkPromptArchived';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}
