import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import { createMetrics } from '../../../src/infrastructure/observability/prometheus-metrics.js';
import { useMetrics } from '../../../src/interfaces/http/plugins/metrics.js';
import {
  routeLabel,
  UNMATCHED_ROUTE,
} from '../../../src/interfaces/http/observability/route-label.js';

describe('routeLabel', () => {
  it('is the pattern the route was registered with', () => {
    expect(routeLabel({ routeOptions: { url: '/api/v1/things/:id' } })).toBe('/api/v1/things/:id');
  });

  it('is one value for every request no route matched', () => {
    expect(routeLabel({ routeOptions: { url: undefined } })).toBe(UNMATCHED_ROUTE);
  });

  it('labels the request-duration histogram with the pattern, never the URL', async () => {
    const metrics = createMetrics(
      {},
      () => ({ pending: 0, oldestOccurredAt: undefined }),
      silentLogger,
    );
    const app = Fastify();
    useMetrics(app, metrics);
    app.get('/things/:id', (request, reply) => reply.send({ ok: true }));
    for (const id of ['1', '2', '3']) await app.inject({ url: `/things/${id}` });
    await app.inject({ url: '/nowhere/4' });

    const text = (await app.inject({ url: '/metrics' })).body;
    expect(text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/things/:id",status_code="200"} 3',
    );
    expect(text).toContain(
      `http_request_duration_seconds_count{method="GET",route="${UNMATCHED_ROUTE}",status_code="404"} 1`,
    );
    expect(text).not.toMatch(/route="\/things\/\d/);
    await app.close();
  });
});
