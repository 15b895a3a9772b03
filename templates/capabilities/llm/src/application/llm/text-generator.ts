/**
 * The port for text generation: the application asks for text and gets text back, whichever
 * model or library produces it (LangChain.js in production, a fake in tests and by default).
 */
export interface TextGenerationRequest {
  /** instructions that frame the answer (the "system" message) */
  readonly system?: string | undefined;
  readonly prompt: string;
  /** an upper bound on the length of the answer, in tokens */
  readonly maxTokens?: number | undefined;
  /** 0: as deterministic as the model allows; higher: more varied */
  readonly temperature?: number | undefined;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly totalTokens: number;
}

export interface TextGeneration {
  readonly text: string;
  /** the model that answered, as the provider names it */
  readonly model: string;
  /** what the call cost in tokens, when the provider says */
  readonly usage?: TokenUsage;
}

export interface TextGenerator {
  /** Throws TextGenerationError when the provider fails, TextGenerationTimeoutError when it is too slow. */
  generate(request: TextGenerationRequest): Promise<TextGeneration>;
}
