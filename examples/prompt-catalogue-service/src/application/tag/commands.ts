import type { Command } from '../message-bus.js';
import type { NewTag, TagChanges } from '../../domain/tag/tag.js';

export interface CreateTag extends Command {
  readonly type: 'CreateTag';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewTag;
}

export interface UpdateTag extends Command {
  readonly type: 'UpdateTag';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: TagChanges;
}

export interface DeleteTag extends Command {
  readonly type: 'DeleteTag';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}
