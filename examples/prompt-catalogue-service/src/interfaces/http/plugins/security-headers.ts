import type { FastifyInstance } from 'fastify';

/**
 * The headers @fastify/helmet sets by default (without a Content-Security-Policy, which a JSON
 * API does not need and Swagger UI would break), set in one hook: helmet's per-header
 * middlewares cost ~40 % of GET-by-id throughput here (docs/decisions/service-security-headers.md).
 */
const SECURITY_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
} as const;

/** Security headers and the request id (`x-request-id`, taken from the request or made up). */
export function useSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(SECURITY_HEADERS).header('x-request-id', request.id);
    done();
  });
}
