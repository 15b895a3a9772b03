/**
 * Prometheus: every answered request is timed by method, route pattern and status code, and
 * GET /metrics serves the metrics in the text format. The route is outside /api/, so auth
 * leaves it alone; when METRICS_TOKEN is set it asks for that bearer token instead.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../../application/observability/metrics.js';
import { routeLabel } from '../observability/route-label.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `authorization` carries `token` (compared in constant time); no token: anyone. */
export function mayScrape(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  return timingSafeEqual(digest(authorization ?? ''), digest(`Bearer ${token}`));
}

export function useMetrics(app: FastifyInstance, metrics: Metrics | undefined): void {
  if (metrics === undefined) return;
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest({
      method: request.method,
      route: routeLabel(request),
      statusCode: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
    done();
  });
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request.headers.authorization, metrics.token))
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .type('application/problem+json')
        .send({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    const { contentType, text } = await metrics.exposition();
    return reply.type(contentType).send(text);
  });
}
