/**
 * A FAKE language model: it calls no model and answers every prompt with the same labelled,
 * canned text, recording each request. It is what runs when no provider is configured
 * (LLM_PROVIDER unset or `fake`), and what the tests use; its usage counts words, not tokens.
 */
import type {
  TextGeneration,
  TextGenerationRequest,
  TextGenerator,
} from '../../application/llm/text-generator.js';

export const FAKE_MODEL = 'fake';

const PROMPT_EXCERPT_LENGTH = 80;

/** The canned answer: says it is a fake, and echoes the start of the prompt. */
export function cannedAnswer(request: TextGenerationRequest): string {
  const excerpt =
    request.prompt.length > PROMPT_EXCERPT_LENGTH
      ? `${request.prompt.slice(0, PROMPT_EXCERPT_LENGTH)}…`
      : request.prompt;
  return (
    '[fake LLM] No language model is configured (LLM_PROVIDER=fake), so this is a canned answer. ' +
    `Set LLM_PROVIDER and LLM_API_KEY to get real ones. Your prompt began: "${excerpt}"`
  );
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

export class FakeTextGenerator implements TextGenerator {
  /** every request, in the order it came */
  readonly calls: TextGenerationRequest[] = [];

  constructor(private readonly answer: (request: TextGenerationRequest) => string = cannedAnswer) {}

  generate(request: TextGenerationRequest): Promise<TextGeneration> {
    this.calls.push(request);
    const answer = words(this.answer(request));
    const text = answer.slice(0, request.maxTokens ?? answer.length).join(' ');
    const inputTokens = words(request.system ?? '').length + words(request.prompt).length;
    const outputTokens = words(text).length;
    return Promise.resolve({
      text,
      model: FAKE_MODEL,
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    });
  }
}
