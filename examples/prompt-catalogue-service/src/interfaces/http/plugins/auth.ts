/**
 * Authentication and roles. An onRoute hook gives every route that needs a role (see
 * auth/route-roles.ts: all of /api/) an onRequest guard, so routes added later are guarded too.
 * No valid bearer token or API key: 401 with WWW-Authenticate; no role for the route: 403.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { ApiKeyStore } from '../../../application/auth/api-key-store.js';
import type { Principal } from '../../../application/auth/principal.js';
import { grants, type Role } from '../../../application/auth/roles.js';
import { authenticate } from '../auth/authenticate.js';
import { requiredRole, type RouteAuth } from '../auth/route-roles.js';
import { bearerTokens, type Tokens, type TokenSettings } from '../auth/tokens.js';
import { ROUTE_SECURITY } from '../auth/security-schemes.js';
import { replyProblem } from '../problem-reply.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** signs and verifies the service's bearer tokens (auth/tokens.ts) */
    jwt: Tokens;
  }
  interface FastifyRequest {
    /** who called, once a guarded route let the request in */
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** the role this route needs, or false for a public route (see auth/route-roles.ts) */
    auth?: RouteAuth;
  }
}

/** The token settings from JWT_SECRET, JWT_ISSUER and JWT_AUDIENCE. */
export interface AuthSettings extends Omit<TokenSettings, 'secret'> {
  /** HS256 secret, at least 32 characters. Unset: a random one, so no token verifies */
  readonly secret?: string | undefined;
}

export function useAuth(app: FastifyInstance, settings: AuthSettings, apiKeys: ApiKeyStore): void {
  if (settings.secret === undefined)
    app.log.warn(
      'JWT_SECRET is not set: bearer tokens are refused; only the keys of API_KEYS get in',
    );
  const secret = settings.secret ?? randomBytes(32).toString('hex');
  app.decorate('jwt', bearerTokens({ ...settings, secret }));
  app.decorateRequest('principal', undefined);
  app.addHook('onRoute', (route) => {
    const role = requiredRole(route.method, route.url, route.config?.auth);
    if (role === undefined) return;
    const hooks = route.onRequest === undefined ? [] : [route.onRequest].flat();
    route.onRequest = [...hooks, guard(role, apiKeys)];
    route.schema = { ...route.schema, security: ROUTE_SECURITY };
  });
}

function guard(role: Role, apiKeys: ApiKeyStore): onRequestHookHandler {
  return (request, reply, done) => {
    const result = authenticate(request, apiKeys);
    if ('failure' in result) {
      const error = result.error === undefined ? '' : `, error="${result.error}"`;
      void replyProblem(
        request,
        reply.header('www-authenticate', `Bearer realm="api"${error}`),
        401,
        'Unauthorized',
        result.failure,
      );
      return;
    }
    if (!grants(result.principal.roles, role)) {
      void replyProblem(
        request,
        reply.header('www-authenticate', 'Bearer realm="api", error="insufficient_scope"'),
        403,
        'Forbidden',
        `this needs the role ${role}`,
      );
      return;
    }
    request.principal = result.principal;
    done();
  };
}
