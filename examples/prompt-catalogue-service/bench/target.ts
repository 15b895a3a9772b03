import { BENCH_HEADERS } from './credentials.js';
import { TenantMother } from '../test/support/mothers/tenant.mother.js';

/** Creates one tenant and returns its URL. */
export async function benchTarget(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/tenants`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...BENCH_HEADERS },
    body: JSON.stringify(TenantMother.input()),
  });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return `${base}${response.headers.get('location') ?? ''}`;
}
