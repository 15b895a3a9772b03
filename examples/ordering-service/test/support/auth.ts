/**
 * Auth for tests: `app.inject()` that sends a token with every role unless the request sets
 * `authorization` (undefined: no token) or `x-api-key`. Tokens are signed with the app's own
 * secret (a random one when the test gives none).
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ROLES } from '../../src/application/auth/roles.js';

/** A bearer token the app accepts, for `sub` with `roles`. */
export function tokenFor(
  app: FastifyInstance,
  roles: readonly string[],
  sub = 'test-user',
): string {
  return app.jwt.sign({ sub, roles: [...roles] });
}

export function authorizeByDefault(app: FastifyInstance): void {
  const authorization = `Bearer ${tokenFor(app, ROLES)}`;
  const inject = app.inject.bind(app);
  const withToken = (options: InjectOptions | string) => {
    const request = typeof options === 'string' ? { url: options } : options;
    const own = request.headers ?? {};
    const headers = 'x-api-key' in own ? { ...own } : { authorization, ...own };
    for (const [name, value] of Object.entries(headers))
      if (value === undefined) delete headers[name];
    return inject({ ...request, headers });
  };
  app.inject = withToken as FastifyInstance['inject'];
}
