/** The port that POSTs a message to the configured outbound webhook. */
export interface WebhookMessage {
  /** unique per message: receivers use it to ignore a repeat (delivery is at least once) */
  readonly id: string;
  readonly type: string;
  /** sent as JSON */
  readonly body: unknown;
}

export interface WebhookSender {
  /** Resolves when the receiver answered 2xx; rejects otherwise. */
  send(message: WebhookMessage): Promise<void>;
}

/** The receiver answered, but not with 2xx. */
export class WebhookRejectedError extends Error {
  constructor(readonly status: number) {
    super(`the webhook answered HTTP ${status}`);
    this.name = 'WebhookRejectedError';
  }

  /** worth trying again later: a server error, a timeout or a rate limit */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}
