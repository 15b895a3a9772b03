import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { auth } from '../../src/capabilities/auth.js';
import { observability } from '../../src/capabilities/observability.js';
import type { CapabilityDefinition } from '../../src/capabilities/types.js';
import { applied, expectPrettierClean, planCapabilityOn, renderedService } from '../support/capability-plans.js';

const plan = (files: ReadonlyMap<string, string>, capability: CapabilityDefinition = observability) =>
  planCapabilityOn(files, capability);

const EDITED = [
  'src/config.ts',
  '.env.example',
  'src/bootstrap.ts',
  'src/main.ts',
  'src/interfaces/http/app.ts',
  'package.json',
  'docs/STACK.md',
  '.yo-rc.json',
];

describe.each(['sqlite', 'postgres'] as const)('planCapability(observability) on a %s service', (db) => {
  let service: Map<string, string>;
  let first: AggregatePlan;

  beforeAll(async () => {
    service = await renderedService(db);
    first = await plan(service);
  });

  it('creates its files and edits exactly the files that wire it in', () => {
    expect([...first.created.keys()]).toEqual(
      expect.arrayContaining([
        'src/application/observability/metrics.ts',
        'src/infrastructure/observability/outbox-backlog.ts',
        'src/infrastructure/observability/tracing.ts',
        'src/interfaces/http/plugins/metrics.ts',
        'src/interfaces/http/plugins/tracing.ts',
        'test/support/observability/recorded-spans.ts',
        'test/e2e/observability/metrics.api.test.ts',
        'test/e2e/observability/tracing.api.test.ts',
      ]),
    );
    for (const path of first.created.keys()) expect(service.has(path), path).toBe(false);
    expect(first.edited.map((change) => change.path).sort()).toEqual([...EDITED].sort());
    expect(first.conflicts).toEqual([]);
  });

  it('reads the outbox backlog the way the database is read', () => {
    const backlog = first.created.get('src/infrastructure/observability/outbox-backlog.ts') ?? '';
    if (db === 'postgres') expect(backlog).toContain('export async function readOutboxBacklog(database: Database): Promise<OutboxBacklog>');
    else expect(backlog).toContain('export function readOutboxBacklog(database: Database): OutboxBacklog');
    expect(first.created.get('src/infrastructure/observability/tracing.ts')).toContain("const SERVICE_NAME = 'prompt-service';");
    const e2e = first.created.get('test/e2e/observability/metrics.api.test.ts') ?? '';
    expect(e2e).toContain('route="/api/v1/prompts/:id"');
    expect(e2e).toContain(db === 'postgres' ? 'await appendToOutbox(t.services.database.orm' : 'appendToOutbox(t.services.database, [');
  });

  it('wires metrics and spans through the composition root, the entry point and the HTTP app', () => {
    const after = applied(service, first);
    const bootstrap = after.get('src/bootstrap.ts') ?? '';
    expect(bootstrap).toContain('const tracing = startTracing(options.tracing);');
    expect(bootstrap).toContain('const metrics = createMetrics(options.metrics ?? {}, () => readOutboxBacklog(database), logger);');
    expect(bootstrap).toContain('commandHandlers: withCommandSpans(commandHandlers),');
    expect(bootstrap).toContain('await tracing?.shutdown();');
    expect(bootstrap).toContain('readonly metrics: Metrics | undefined;');
    const app = after.get('src/interfaces/http/app.ts') ?? '';
    expect(app.indexOf('useTracing(app);')).toBeGreaterThan(0);
    expect(app.indexOf('useMetrics(app, services.metrics);')).toBeLessThan(app.indexOf('await registerOpenApi(app);'));
    expect(after.get('src/main.ts')).toContain('metrics: { enabled: config.metricsEnabled, token: config.metricsToken },');
    const config = after.get('src/config.ts') ?? '';
    expect(config).toContain("metricsEnabled: flag(env, 'METRICS_ENABLED', true),");
    expect(config).toContain("otelExporterEndpoint: optionalUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']),");
    const dependencies = (JSON.parse(after.get('package.json') ?? '{}') as { dependencies: Record<string, string> }).dependencies;
    expect(Object.keys(dependencies)).toEqual(expect.arrayContaining(['prom-client', '@opentelemetry/api', '@opentelemetry/sdk-trace-node']));
    expect(dependencies).not.toHaveProperty('@opentelemetry/sdk-node');
    expect(after.get('docs/STACK.md')).toMatch(/\| observability +\| Prometheus +\|/);
    expect(after.get('docs/STACK.md')).toMatch(/\| observability \| OpenTelemetry +\|/);
  });

  it('leaves every edited and created file as prettier would write it', async () => {
    await expectPrettierClean(first);
  });

  it('changes nothing the second time, and says the capability is there', async () => {
    const again = await plan(applied(service, first));
    expect(again.created.size).toBe(0);
    expect(again.edited).toEqual([]);
    expect(again.conflicts).toEqual([]);
    expect(again.unchanged).toEqual(['observability']);
  });

  it('keeps /metrics beside auth: both register before any route, in either order', async () => {
    const withAuth = applied(service, await plan(service, auth));
    const both = applied(withAuth, await plan(withAuth, observability));
    const app = both.get('src/interfaces/http/app.ts') ?? '';
    const openApi = app.indexOf('await registerOpenApi(app);');
    for (const statement of ['useAuth(app, ', 'useTracing(app);', 'useMetrics(app, services.metrics);'])
      expect(app.indexOf(statement), statement).toBeLessThan(openApi);
    expect((await plan(both, auth)).edited).toEqual([]);
    expect((await plan(both, observability)).edited).toEqual([]);
  });
});

describe('observability on a service without aggregates', () => {
  it('leaves out the tracing e2e (it drives an aggregate) and times /health/live instead', async () => {
    const changes = await plan(await renderedService('sqlite', []));
    expect(changes.created.has('test/e2e/observability/tracing.api.test.ts')).toBe(false);
    expect(changes.created.get('test/e2e/observability/metrics.api.test.ts')).toContain('route="/health/live"');
  });
});
