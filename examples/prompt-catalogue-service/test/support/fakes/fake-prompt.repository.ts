import type { Prompt } from '../../../src/domain/prompt/prompt.js';
import type { PromptId } from '../../../src/domain/prompt/prompt-id.js';
import type { PromptRepository } from '../../../src/domain/prompt/prompt.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakePromptRepository
  extends FakeRepository<Prompt, PromptId>
  implements PromptRepository {}
