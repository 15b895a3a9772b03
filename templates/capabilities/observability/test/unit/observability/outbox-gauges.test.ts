import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/application/logger.js';
import {
  ageSeconds,
  registerOutboxGauges,
} from '../../../src/infrastructure/observability/outbox-gauges.js';

describe('the outbox gauges', () => {
  it('give the age of the oldest pending event, 0 when none is pending', () => {
    const now = Date.parse('2030-01-01T00:01:30.000Z');
    expect(ageSeconds('2030-01-01T00:00:00.000Z', now)).toBe(90);
    expect(ageSeconds(undefined, now)).toBe(0);
  });

  it('read the backlog once per scrape, for both gauges', async () => {
    const registry = new Registry();
    let reads = 0;
    registerOutboxGauges(
      registry,
      () => {
        reads += 1;
        return { pending: 2, oldestOccurredAt: new Date(Date.now() - 5000).toISOString() };
      },
      silentLogger,
    );
    const text = await registry.metrics();
    expect(reads).toBe(1);
    expect(text).toMatch(/^outbox_pending_events 2$/m);
    expect(text).toMatch(/^outbox_oldest_pending_age_seconds (5|6)(\.\d+)?$/m);
  });

  it('report NaN when the database cannot be read, and the scrape still succeeds', async () => {
    const registry = new Registry();
    registerOutboxGauges(registry, () => Promise.reject(new Error('down')), silentLogger);
    const text = await registry.metrics();
    // prom-client writes NaN as `Nan`, which Prometheus reads as NaN
    expect(text).toMatch(/^outbox_pending_events nan$/im);
    expect(text).toMatch(/^outbox_oldest_pending_age_seconds nan$/im);
  });
});
