/** How a text generation fails, whatever the provider: the HTTP layer answers 502 or 504. */
export class TextGenerationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TextGenerationError';
  }
}

/** The provider did not answer in time (LLM_TIMEOUT_MS). */
export class TextGenerationTimeoutError extends TextGenerationError {
  constructor(
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`the language model did not answer within ${timeoutMs} ms`, options);
    this.name = 'TextGenerationTimeoutError';
  }
}
