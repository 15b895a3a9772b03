/**
 * `add observability`: Prometheus metrics on GET /metrics (process metrics, request durations by
 * route pattern, the outbox backlog read at scrape time) and OpenTelemetry spans around HTTP
 * requests and commands — no-ops until OTEL_EXPORTER_OTLP_ENDPOINT starts the trace SDK.
 */
import type { CapabilityDefinition } from './types.js';

const BOOTSTRAP = 'src/bootstrap.ts';
const APP = 'src/interfaces/http/app.ts';
const METRICS = './infrastructure/observability/prometheus-metrics.js';
const TRACING = './infrastructure/observability/tracing.js';

export const observability: CapabilityDefinition = {
  name: 'observability',
  summary: 'Prometheus /metrics (HTTP durations by route, outbox backlog) and OpenTelemetry spans, exported over OTLP when configured',
  templates: ['observability'],
  dependencies: [
    'prom-client',
    '@opentelemetry/api',
    '@opentelemetry/sdk-trace-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
  ],
  settings: [
    {
      name: 'METRICS_ENABLED',
      value: 'true',
      comment: 'serve Prometheus metrics on GET /metrics (outside /api/: auth does not guard it)',
      key: 'metricsEnabled',
      type: 'boolean',
      read: "flag(env, 'METRICS_ENABLED', true)",
    },
    {
      name: 'METRICS_TOKEN',
      value: '',
      comment: 'when set, GET /metrics asks for `Authorization: Bearer <this>` (Prometheus: authorization.credentials)',
      key: 'metricsToken',
      type: 'string | undefined',
      read: "optional(env, 'METRICS_TOKEN')",
      helpers: ['optional'],
    },
    {
      name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      value: '',
      comment: 'empty: spans are no-ops; else the OTLP/HTTP collector they are exported to (e.g. http://localhost:4318)',
      key: 'otelExporterEndpoint',
      type: 'string | undefined',
      read: "optionalUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:'])",
      helpers: ['optionalUrl'],
    },
  ],
  wiring: [
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'metrics',
      memberType: 'MetricsSettings',
      optional: true,
      imports: [{ from: METRICS, names: ['MetricsSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'tracing',
      memberType: 'TracingSettings',
      optional: true,
      imports: [{ from: TRACING, names: ['TracingSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'metrics',
      memberType: 'Metrics | undefined',
      readonly: true,
      imports: [{ from: './application/observability/metrics.js', names: ['Metrics'], typeOnly: true }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const tracing = startTracing(options.tracing);',
      present: { declares: 'tracing' },
      place: { before: 'commandHandlers' },
      imports: [{ from: TRACING, names: ['startTracing'] }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const metrics = createMetrics(options.metrics ?? {}, () => readOutboxBacklog(database), logger);',
      present: { declares: 'metrics' },
      place: { before: 'commandHandlers' },
      imports: [
        { from: METRICS, names: ['createMetrics'] },
        { from: './infrastructure/observability/outbox-backlog.js', names: ['readOutboxBacklog'] },
      ],
    },
    {
      kind: 'wrap-constructor-property',
      file: BOOTSTRAP,
      className: 'MessageBus',
      name: 'commandHandlers',
      wrapper: 'withCommandSpans',
      extraArguments: [],
      imports: [{ from: './infrastructure/observability/traced-command-handlers.js', names: ['withCommandSpans'] }],
    },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'metrics', initializer: 'metrics' },
    {
      kind: 'returned-function-statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      property: 'close',
      statement: 'await tracing?.shutdown();',
      mentions: 'tracing?.shutdown',
      after: 'relay.stop',
    },
    {
      kind: 'call-argument-property',
      file: 'src/main.ts',
      callee: 'bootstrap',
      name: 'metrics',
      initializer: '{ enabled: config.metricsEnabled, token: config.metricsToken }',
    },
    {
      kind: 'call-argument-property',
      file: 'src/main.ts',
      callee: 'bootstrap',
      name: 'tracing',
      initializer: '{ endpoint: config.otelExporterEndpoint }',
    },
    // the HTTP app: every route (registered after these) traced and timed
    {
      kind: 'statement',
      file: APP,
      function: 'buildApp',
      statement: 'useTracing(app);',
      present: { mentions: 'useTracing(' },
      place: { beforeCall: 'registerOpenApi' },
      imports: [{ from: './plugins/tracing.js', names: ['useTracing'] }],
    },
    {
      kind: 'statement',
      file: APP,
      function: 'buildApp',
      statement: 'useMetrics(app, services.metrics);',
      present: { mentions: 'useMetrics(' },
      place: { beforeCall: 'registerOpenApi' },
      imports: [{ from: './plugins/metrics.js', names: ['useMetrics'] }],
    },
  ],
  stack: [
    {
      spec: 'Prometheus',
      choice:
        'prom-client: GET /metrics with process metrics, `http_request_duration_seconds` by method, route pattern and status (onResponse hook), outbox backlog gauges read at scrape time; METRICS_ENABLED, optional METRICS_TOKEN',
      files: [
        'src/application/observability/metrics.ts',
        'src/infrastructure/observability/prometheus-metrics.ts',
        'src/infrastructure/observability/outbox-gauges.ts',
        'src/infrastructure/observability/outbox-backlog.ts',
        'src/interfaces/http/plugins/metrics.ts',
      ],
    },
    {
      spec: 'OpenTelemetry',
      choice:
        '@opentelemetry/api spans around HTTP requests (route pattern, `traceparent` continued) and commands, no-ops by default; OTEL_EXPORTER_OTLP_ENDPOINT starts the trace SDK (sdk-trace-node + OTLP/HTTP exporter, not sdk-node)',
      files: [
        'src/interfaces/http/plugins/tracing.ts',
        'src/infrastructure/observability/traced-command-handlers.ts',
        'src/infrastructure/observability/tracing.ts',
      ],
    },
  ],
};
