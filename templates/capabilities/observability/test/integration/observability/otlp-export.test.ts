import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing } from '../../../src/infrastructure/observability/tracing.js';
import { buildTestApp } from '../../support/build-app.js';

interface Received {
  path: string | undefined;
  body: Buffer;
}

interface ExportedSpan {
  name: string;
  traceId: string;
  parentSpanId?: string;
}

/** The spans of one OTLP/HTTP JSON export request. */
function exportedSpans(body: Buffer): ExportedSpan[] {
  const request = JSON.parse(body.toString()) as {
    resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
  };
  return request.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
}

/** A stand-in OpenTelemetry Collector: keeps what is POSTed to it. */
async function collector(received: Received[]): Promise<Server> {
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer((request, response) => {
    void read(request).then((body) => {
      received.push({ path: request.url, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

describe('startTracing (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  const received: Received[] = [];
  let server: Server;
  beforeAll(async () => {
    server = await collector(received);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('starts nothing without an endpoint', () => {
    expect(startTracing({})).toBeUndefined();
  });

  it('exports the request spans over OTLP/HTTP, continuing the caller’s trace', async () => {
    const { port } = server.address() as AddressInfo;
    const tracing = startTracing({ endpoint: `http://127.0.0.1:${port}/` });
    const t = await buildTestApp();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await t.app.inject({
      url: '/health/live',
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(response.statusCode).toBe(200);
    await t.close();
    await tracing?.shutdown();

    expect(received.map((r) => r.path)).toContain('/v1/traces');
    const spans = received.flatMap((r) => exportedSpans(r.body));
    expect(spans).toContainEqual(
      expect.objectContaining({
        name: 'GET /health/live',
        traceId,
        parentSpanId: '00f067aa0ba902b7',
      }),
    );
  });
});
