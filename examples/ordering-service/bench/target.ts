import { BENCH_HEADERS } from './credentials.js';
import { CustomerMother } from '../test/support/mothers/customer.mother.js';

/** Creates one customer and returns its URL. */
export async function benchTarget(base: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/customers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...BENCH_HEADERS },
    body: JSON.stringify(CustomerMother.input()),
  });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return `${base}${response.headers.get('location') ?? ''}`;
}
