/**
 * The metrics port over prom-client, in a registry of its own (no global state): Node.js process
 * metrics, `http_request_duration_seconds` by method, route pattern and status code, and the
 * outbox backlog gauges. METRICS_ENABLED=false: no metrics at all (and no /metrics route).
 */
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Logger } from '../../application/logger.js';
import type { AnsweredRequest, Metrics } from '../../application/observability/metrics.js';
import { registerOutboxGauges, type BacklogReader } from './outbox-gauges.js';

export interface MetricsSettings {
  /** METRICS_ENABLED (default true) */
  readonly enabled?: boolean;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>` */
  readonly token?: string | undefined;
}

export function createMetrics(
  settings: MetricsSettings,
  readBacklog: BacklogReader,
  logger: Logger,
): Metrics | undefined {
  if (settings.enabled === false) return undefined;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  registerOutboxGauges(registry, readBacklog, logger);
  return {
    token: settings.token,
    observeRequest: ({ method, route, statusCode, seconds }: AnsweredRequest) =>
      requestDuration.observe({ method, route, status_code: statusCode }, seconds),
    exposition: async () => ({ contentType: registry.contentType, text: await registry.metrics() }),
  };
}
