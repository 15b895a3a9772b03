import { checkedId, newId, type Brand } from '../shared/ids.js';

/** The identity of a Prompt: a UUID no other id type can be mistaken for. */
export type PromptId = Brand<string, 'PromptId'>;

export const PromptId = {
  generate: (): PromptId => newId() as PromptId,
  from: (value: string): PromptId => checkedId('promptId', value) as PromptId,
};
