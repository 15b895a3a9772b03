import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/parse-domain.js';

const SHIPPING = ['---', 'context: Shipping', 'aggregates:', '  Shipment:', '    fields:', '      order: ref(Order)', '---', ''].join('\n');

describe('a domain file that references an aggregate of the service', () => {
  it('is refused on its own, naming the unknown aggregate', () => {
    expect(() => parseDomain(SHIPPING, 'shipping.md')).toThrow('shipping.md:6: reference to unknown aggregate "Order"');
  });

  it('is accepted when the service already has that aggregate', () => {
    const context = parseDomain(SHIPPING, 'shipping.md', ['Customer', 'Order']);
    expect(context.aggregates.map((a) => a.names.pascal)).toEqual(['Shipment']);
    expect(context.aggregates[0]?.fields[0]).toMatchObject({ kind: 'reference', aggregate: 'Order' });
  });
});
