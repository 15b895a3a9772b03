import { newId, type Brand } from '../shared/ids.js';
import { TagId } from '../tag/tag-id.js';

export type PromptTagId = Brand<string, 'PromptTagId'>;

export interface PromptTagProps {
  tagId: TagId;
}

export interface NewPromptTag {
  tagId: string;
}

export interface PromptTagPlain {
  id: string;
  tagId: string;
}

/** Links the prompt to one of its tenant's tags. Part of Prompt: changed only through it. */
export class PromptTag {
  private constructor(
    readonly id: PromptTagId,
    private readonly props: PromptTagProps,
  ) {}

  static create(input: NewPromptTag): PromptTag {
    return new PromptTag(newId() as PromptTagId, {
      tagId: TagId.from(input.tagId),
    });
  }

  static restore(id: string, props: PromptTagProps): PromptTag {
    return new PromptTag(id as PromptTagId, props);
  }

  get tagId(): TagId {
    return this.props.tagId;
  }

  toPlain(): PromptTagPlain {
    return {
      id: this.id,
      tagId: this.props.tagId,
    };
  }
}
