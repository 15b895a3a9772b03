/**
 * The metrics port: what the HTTP layer records after each request and serves on GET /metrics.
 * src/infrastructure/observability/prometheus-metrics.ts implements it with prom-client.
 */

/** One answered request; `route` is the pattern it matched (`/api/v1/tenants/:id`), not its URL. */
export interface AnsweredRequest {
  readonly method: string;
  readonly route: string;
  readonly statusCode: number;
  readonly seconds: number;
}

/** The metrics as a scraper reads them. */
export interface Exposition {
  readonly contentType: string;
  readonly text: string;
}

export interface Metrics {
  /** the bearer token GET /metrics asks for (METRICS_TOKEN); undefined: it is open */
  readonly token: string | undefined;
  observeRequest(request: AnsweredRequest): void;
  /** every metric, current values read now (the outbox backlog from the database) */
  exposition(): Promise<Exposition>;
}
