import type { Prompt } from './prompt.js';
import type { PromptId } from './prompt-id.js';

/** Where prompts are kept. Changes are saved when the unit of work commits. */
export interface PromptRepository {
  add(prompt: Prompt): void;
  get(id: PromptId): Promise<Prompt | undefined>;
  remove(prompt: Prompt): void;
}
