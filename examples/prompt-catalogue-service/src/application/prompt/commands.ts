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
  /** the version the caller saw (If-Match) */
  readonly expectedVersion: number;
  readonly changes: PromptChanges;
}

export interface DeletePrompt extends Command {
  readonly type: 'DeletePrompt';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}
