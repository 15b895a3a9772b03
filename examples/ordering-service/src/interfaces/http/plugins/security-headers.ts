import type { FastifyInstance } from 'fastify';

/**
 * The response headers the OWASP REST Security cheat sheet asks of a JSON API, set in one hook
 * (docs/decisions/service-security-headers.md): nothing cached (responses carry tenants' data),
 * never framed, no MIME sniffing, HTTPS only. Helmet's other defaults serve HTML pages.
 */
const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
} as const;

/** Security headers and the request id (`x-request-id`, taken from the request or made up). */
export function useSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    void reply.headers(SECURITY_HEADERS).header('x-request-id', request.id);
    done();
  });
}
