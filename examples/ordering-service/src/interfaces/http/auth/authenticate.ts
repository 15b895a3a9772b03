/** Finds who calls from `Authorization: Bearer <JWT>` or, without that header, `X-API-Key`. */
import type { FastifyRequest } from 'fastify';
import type { ApiKeyStore } from '../../../application/auth/api-key-store.js';
import type { Principal } from '../../../application/auth/principal.js';

/** A principal, or why there is none (`error` is the RFC 6750 error code, if one applies). */
export type Authentication =
  | { readonly principal: Principal }
  | { readonly failure: string; readonly error?: 'invalid_request' | 'invalid_token' };

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

export function authenticate(request: FastifyRequest, apiKeys: ApiKeyStore): Authentication {
  const { authorization } = request.headers;
  if (authorization !== undefined) return fromBearer(request, authorization);
  const key = request.headers['x-api-key'];
  if (typeof key !== 'string')
    return { failure: 'credentials are required: a bearer token or an X-API-Key header' };
  const principal = apiKeys.find(key);
  return principal === undefined ? { failure: 'the API key is not valid' } : { principal };
}

function fromBearer(request: FastifyRequest, header: string): Authentication {
  const token = BEARER.exec(header)?.[1];
  if (token === undefined)
    return {
      failure: 'the Authorization header must read Bearer <token>',
      error: 'invalid_request',
    };
  let claims: Readonly<Record<string, unknown>>;
  try {
    claims = request.server.jwt.verify(token);
  } catch (error) {
    const expired = error instanceof Error && 'code' in error && error.code === 'FAST_JWT_EXPIRED';
    return {
      failure: expired ? 'the token has expired' : 'the token is not valid',
      error: 'invalid_token',
    };
  }
  const roles: unknown = claims.roles ?? [];
  if (typeof claims.sub !== 'string' || !isStringList(roles))
    return { failure: 'the token needs a string sub and a list of roles', error: 'invalid_token' };
  return { principal: { id: claims.sub, kind: 'user', roles } };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
