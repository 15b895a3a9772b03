/**
 * Which role a route needs. Under /api/ reads need `reader` and writes `writer`; other routes
 * (health, docs) are public. A route may say otherwise in its options, `config: { auth: { role:
 * 'admin' } }` or `config: { auth: false }` (public); ROLE_OVERRIDES does the same from here,
 * without touching the route's file. Route config wins over ROLE_OVERRIDES, which wins over the rule.
 */
import type { Role } from '../../../application/auth/roles.js';

export const PROTECTED_PREFIX = '/api/';

/** What a route declares in `config.auth`. */
export type RouteAuth = { readonly role: Role } | false;

/** `'METHOD /path'` (the path as registered, e.g. '/api/v1/tenants/:id') → role, or 'public'. */
export const ROLE_OVERRIDES: Readonly<Record<string, Role | 'public'>> = {
  // 'DELETE /api/v1/tenants/:id': 'admin',
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The role needed for `method` (one or several) on `url`; undefined when the route is public. */
export function requiredRole(
  method: string | readonly string[],
  url: string,
  declared?: RouteAuth,
  overrides: Readonly<Record<string, Role | 'public'>> = ROLE_OVERRIDES,
): Role | undefined {
  if (declared !== undefined) return declared === false ? undefined : declared.role;
  const methods = typeof method === 'string' ? [method] : method;
  const overridden = methods.map((m) => overrides[`${m.toUpperCase()} ${url}`]);
  if (overridden.includes('public')) return undefined;
  const explicit = overridden.find((role) => role !== undefined && role !== 'public');
  if (explicit !== undefined) return explicit;
  if (!url.startsWith(PROTECTED_PREFIX)) return undefined;
  return methods.every((m) => READS.has(m.toUpperCase())) ? 'reader' : 'writer';
}
