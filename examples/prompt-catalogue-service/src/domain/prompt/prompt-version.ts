import { integer, text } from '../shared/guards.js';
import { newId, type Brand } from '../shared/ids.js';

export type PromptVersionId = Brand<string, 'PromptVersionId'>;

export interface PromptVersionProps {
  number: number;
  body: string;
  changeNote?: string;
}

export interface NewPromptVersion {
  number: number;
  body: string;
  changeNote?: string;
}

export interface PromptVersionPlain {
  id: string;
  number: number;
  body: string;
  changeNote?: string;
}

/** An immutable revision of the prompt's text; the newest published one is served. Part of Prompt: changed only through it. */
export class PromptVersion {
  private constructor(
    readonly id: PromptVersionId,
    private readonly props: PromptVersionProps,
  ) {}

  static create(input: NewPromptVersion): PromptVersion {
    return new PromptVersion(newId() as PromptVersionId, {
      number: integer('promptVersion.number', input.number, { min: 1 }),
      body: text('promptVersion.body', input.body),
      changeNote:
        input.changeNote === undefined
          ? undefined
          : text('promptVersion.changeNote', input.changeNote, { max: 500 }),
    });
  }

  static restore(id: string, props: PromptVersionProps): PromptVersion {
    return new PromptVersion(id as PromptVersionId, props);
  }

  get number(): number {
    return this.props.number;
  }

  get body(): string {
    return this.props.body;
  }

  get changeNote(): string | undefined {
    return this.props.changeNote;
  }

  toPlain(): PromptVersionPlain {
    return {
      id: this.id,
      number: this.props.number,
      body: this.props.body,
      changeNote: this.props.changeNote,
    };
  }
}
