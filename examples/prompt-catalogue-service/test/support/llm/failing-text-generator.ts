/** A text generator that always fails with the given error: a provider that is down or too slow. */
import type {
  TextGeneration,
  TextGenerationRequest,
  TextGenerator,
} from '../../../src/application/llm/text-generator.js';

export class FailingTextGenerator implements TextGenerator {
  readonly calls: TextGenerationRequest[] = [];

  constructor(private readonly error: Error) {}

  generate(request: TextGenerationRequest): Promise<TextGeneration> {
    this.calls.push(request);
    return Promise.reject(this.error);
  }
}
