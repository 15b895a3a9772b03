import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  parseDomain,
  readDomainFile,
  SCALAR_TYPES,
  type Aggregate,
  type Field,
} from '../../../src/domain-model/index.js';
import { domainText } from './domain-text.js';

const shop = domainText(
  [
    'context: online shop',
    'description: Where customers buy.',
    'aggregates:',
    '  customer:',
    '    fields:',
    '      full name: string:max=120',
    '      email_address: { type: email, unique: true, description: Where receipts go. }',
    '  Order:',
    '    fields:',
    '      customer: ref(customer)',
    '      code: string:length=8:pattern=^(?:[A-Z]|[0-9])+$',
    '      status: { type: enum, values: [open, shut], default: open }',
    '      shipping-address: Address',
    '    valueObjects:',
    '      Address: { fields: { city: string } }',
    '    entities:',
    '      order line:',
    '        description: One product in the order.',
    '        fields: { quantity: int:min=1:default=1 }',
    '    events:',
    '      OrderPlaced: The customer confirmed.',
    '      order shipped:',
  ].join('\n'),
  '\n# Online shop\n\nProse.\n',
);

const field = (aggregate: Aggregate | undefined, camel: string): Field | undefined =>
  aggregate?.fields.find((f) => f.names.camel === camel);

describe('parseDomain', () => {
  const context = parseDomain(shop, 'shop.md');
  const [customer, order] = context.aggregates;

  it('names the context and keeps its description and Markdown body', () => {
    expect(context.names.pascal).toBe('OnlineShop');
    expect(context.description).toBe('Where customers buy.');
    expect(context.body).toBe('# Online shop\n\nProse.\n');
    expect(context.origin).toEqual({ file: 'shop.md', line: 2 });
  });

  it('normalises aggregate, value object, entity and event names to PascalCase and fields to camelCase', () => {
    expect(context.aggregates.map((a) => a.names.pascal)).toEqual(['Customer', 'Order']);
    expect(customer?.fields.map((f) => f.names.camel)).toEqual(['fullName', 'emailAddress']);
    expect(order?.valueObjects.map((v) => v.names.pascal)).toEqual(['Address']);
    expect(order?.entities.map((e) => e.names.pascal)).toEqual(['OrderLine']);
    expect(order?.events.map((e) => e.names.pascal)).toEqual(['OrderPlaced', 'OrderShipped']);
  });

  it('names a reference field after the id it holds and indexes it', () => {
    expect(field(order, 'customerId')).toMatchObject({
      kind: 'reference',
      aggregate: 'Customer',
      indexed: true,
      names: { snake: 'customer_id' },
    });
  });

  it('indexes unique fields and keeps field descriptions', () => {
    expect(field(customer, 'emailAddress')).toMatchObject({
      type: 'email',
      unique: true,
      indexed: true,
      description: 'Where receipts go.',
    });
  });

  it('reads length as the longest length, and a pattern with colons inside brackets', () => {
    expect(field(order, 'code')).toMatchObject({ length: 8, max: 8, pattern: '^(?:[A-Z]|[0-9])+$' });
  });

  it('reads enums in the map form, value object fields and typed defaults', () => {
    expect(field(order, 'status')).toMatchObject({
      kind: 'scalar',
      type: 'enum',
      values: ['open', 'shut'],
      default: 'open',
    });
    expect(field(order, 'shippingAddress')).toMatchObject({ kind: 'valueObject', valueObject: 'Address' });
    expect(order?.entities[0]?.fields[0]).toMatchObject({ type: 'int', min: 1, default: 1 });
  });

  it('keeps descriptions of entities and events, and the line of every declaration', () => {
    expect(order?.entities[0]).toMatchObject({ description: 'One product in the order.', origin: { line: 18 } });
    expect(order?.events[0]).toMatchObject({ description: 'The customer confirmed.', origin: { line: 22 } });
    expect(field(order, 'customerId')?.origin).toEqual({ file: 'shop.md', line: 11 });
  });

  it('does not add the lifecycle events the generator emits itself', () => {
    expect(customer?.events).toEqual([]);
  });
});

describe('the example domain files', () => {
  it('use every field type and modifier between them, so end-to-end generation covers them', async () => {
    const contexts = await Promise.all(
      ['prompt-catalogue.md', 'ordering.md'].map((name) => readDomainFile(`examples/domains/${name}`)),
    );
    const fields = contexts.flatMap((c) =>
      c.aggregates
        .flatMap((a) => [a.fields, ...a.valueObjects.map((v) => v.fields), ...a.entities.map((e) => e.fields)])
        .flat(),
    );

    expect(new Set(fields.flatMap((f) => (f.kind === 'scalar' ? [f.type] : [])))).toEqual(new Set(SCALAR_TYPES));
    expect(new Set(fields.map((f) => f.kind))).toEqual(new Set(['scalar', 'reference', 'valueObject']));
    for (const modifier of ['optional', 'unique', 'indexed'] as const)
      expect(
        fields.some((f) => f[modifier]),
        modifier,
      ).toBe(true);
    for (const modifier of ['default', 'min', 'max', 'length', 'pattern'] as const)
      expect(
        fields.some((f) => f[modifier] !== undefined),
        modifier,
      ).toBe(true);
  });
});

describe('the reference page docs/domain-file.md', () => {
  it('opens with an example that parses', async () => {
    const page = await readFile('docs/domain-file.md', 'utf8');
    const example = /```yaml\n(---\n[\s\S]*?)```/.exec(page)?.[1] ?? '';

    expect(parseDomain(example, 'docs/domain-file.md').aggregates.map((a) => a.names.pascal)).toEqual([
      'Customer',
      'Order',
      'Product',
    ]);
  });
});
