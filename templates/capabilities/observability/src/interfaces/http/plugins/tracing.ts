/**
 * An OpenTelemetry span per HTTP request (`GET /api/v1/tenants/:id`, kind server), continuing
 * the caller's trace (`traceparent`) and ended with the response. Route handlers run inside it,
 * so the spans they cause (commands) are its children. Without an SDK registered (see
 * src/infrastructure/observability/tracing.ts) every span is a no-op.
 */
import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routeLabel } from '../observability/route-label.js';

const spans = new WeakMap<FastifyRequest, Span>();

function startSpan(request: FastifyRequest): Span {
  const route = routeLabel(request);
  const caller = propagation.extract(context.active(), request.headers);
  return trace.getTracer('http').startSpan(
    `${request.method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'http.route': route },
    },
    caller,
  );
}

export function useTracing(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    spans.set(request, startSpan(request));
    done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    const span = spans.get(request);
    span?.setAttribute('http.response.status_code', reply.statusCode);
    if (reply.statusCode >= 500) span?.setStatus({ code: SpanStatusCode.ERROR });
    span?.end();
    done();
  });
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (this: FastifyInstance, request, reply) {
      const span = spans.get(request);
      if (span === undefined) return handler.call(this, request, reply);
      return context.with(trace.setSpan(context.active(), span), handler, this, request, reply);
    };
  });
}
