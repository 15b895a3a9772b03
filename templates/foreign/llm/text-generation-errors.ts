/**
 * How a text generation fails, whatever the provider: the HTTP layer answers 502 or 504. The
 * provider's error is kept as `cause` without needing the ES2022 `ErrorOptions` lib.
 */
export class TextGenerationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'TextGenerationError';
    if (options && 'cause' in options) {
      Object.defineProperty(this, 'cause', {
        value: options.cause,
        writable: true,
        configurable: true,
      });
    }
  }
}

/** The provider did not answer in time (LLM_TIMEOUT_MS). */
export class TextGenerationTimeoutError extends TextGenerationError {
  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`the language model did not answer within ${timeoutMs} ms`, options);
    this.name = 'TextGenerationTimeoutError';
  }
}
