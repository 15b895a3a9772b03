import type { FastifyInstance } from 'fastify';

/**
 * Request bodies are JSON. Fastify also parses `text/plain`, which would reach a route's schema as
 * a string (400 "must be object"): here it is refused as 415. An empty `application/json` body,
 * which some clients send with every DELETE, counts as no body instead of a 400.
 */
export function useJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text === '') done(null, undefined);
    else void parseJson(request, text, done);
  });
}
