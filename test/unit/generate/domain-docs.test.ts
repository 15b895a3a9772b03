import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/index.js';
import { apiRows, renderDomainSection } from '../../../src/generate/docs.js';

const order = parseDomain(
  [
    '---',
    'context: Shop',
    'aggregates:',
    '  Order:',
    '    fields:',
    '      status: enum(pending|placed|cancelled):default=pending',
    '      placedAt: datetime:optional',
    '      note: text:optional',
    '    events:',
    '      OrderPlaced:',
    '        when: { status: pending }',
    '        sets: { status: placed, placedAt: now, note: null }',
    '      OrderCancelled:',
    '        when: { status: [pending, placed] }',
    '      OrderNoted: Someone wrote on it.',
    '---',
  ].join('\n'),
  'shop.md',
).aggregates[0]!;

describe('the documentation of transitions', () => {
  it('lists each transition of docs/domain.md with what it needs and sets', () => {
    const section = renderDomainSection(order);
    expect(section).toContain(
      [
        'Transitions:',
        '',
        '- `markPlaced()` records `OrderPlaced`: needs `status` is `pending`; sets `status` → `placed`, `placedAt` → `now`, clears `note`',
        '- `markCancelled()` records `OrderCancelled`: needs `status` is `pending` or `placed`',
        '',
      ].join('\n'),
    );
    expect(section).not.toContain('markNoted');
  });

  it('gives each transition a README row, between PATCH and DELETE', () => {
    expect(apiRows(order).map((row) => row.split(' | ').slice(0, 2).join(' '))).toEqual([
      '| POST `/api/v1/orders`',
      '| GET `/api/v1/orders/{id}`',
      '| GET `/api/v1/orders?limit&cursor&sort`',
      '| PATCH `/api/v1/orders/{id}`',
      '| POST `/api/v1/orders/{id}/mark-placed`',
      '| POST `/api/v1/orders/{id}/mark-cancelled`',
      '| DELETE `/api/v1/orders/{id}`',
    ]);
  });
});
