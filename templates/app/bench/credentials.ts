/**
 * What the benchmark gives the service it starts, and sends with every request: an API key
 * with the writer role, and no rate limit, so the numbers include the auth check of a service
 * with `agent-backend add auth` and are not capped by its limiter. A service without auth
 * ignores both. BENCH_API_KEY: the key a running service (BENCH_URL) accepts.
 */
import { randomBytes } from 'node:crypto';

const key = process.env.BENCH_API_KEY ?? `bench-${randomBytes(24).toString('hex')}`;

export const BENCH_ENV = { API_KEYS: `bench:${key}:writer`, RATE_LIMIT_MAX: '0' };
export const BENCH_HEADERS = { 'x-api-key': key };
