import { describe, expect, it } from 'vitest';
import { aggregateFromFlags, parseFieldFlag, parseRefFlag } from '../../../src/domain-model/index.js';
import { errorMessage } from './domain-text.js';

const TYPES =
  "string, text, int, decimal, money, boolean, date, datetime, uuid, email, url, json, enum(a|b), ref(Aggregate) or a value object's name";

describe('parseFieldFlag reads --field name:type[:modifier…]', () => {
  it.each([
    [
      'number:string:unique',
      { names: { camel: 'number' }, kind: 'scalar', type: 'string', unique: true, indexed: true, optional: false },
    ],
    ['amount:money', { names: { camel: 'amount' }, type: 'money', optional: false }],
    ['dueOn:date:optional', { names: { camel: 'dueOn' }, type: 'date', optional: true }],
    ['status:enum(draft|sent):default=draft', { type: 'enum', values: ['draft', 'sent'], default: 'draft' }],
    ['due_on:date', { names: { camel: 'dueOn', snake: 'due_on' } }],
    ['code:string:pattern=^(?:a|b)[:]$:unique', { pattern: '^(?:a|b)[:]$', unique: true }],
    ['sentAt:datetime:default="2025-01-31T09:00:00Z"', { type: 'datetime', default: '2025-01-31T09:00:00Z' }],
    ["code:string:pattern='^a:b$':unique", { pattern: '^a:b$', unique: true }],
    ['customer:ref(Customer)', { names: { camel: 'customerId' }, kind: 'reference', aggregate: 'Customer' }],
  ])('%s', (flag, expected) => {
    expect(parseFieldFlag(flag)).toMatchObject(expected);
  });

  it('gives declarations from flags the command line as their origin, unless told otherwise', () => {
    expect(parseFieldFlag('title:string').origin).toEqual({ file: 'command line', line: 0 });
    expect(parseFieldFlag('title:string', { file: 'invoice.md', line: 3 }).origin).toEqual({
      file: 'invoice.md',
      line: 3,
    });
  });
});

describe('flag errors name the flag instead of a file and line', () => {
  it.each([
    ['x:foo', `--field "x:foo": unknown type "foo" — use one of ${TYPES}`],
    ['title', '--field "title": expected name:type[:modifier…] — write e.g. --field title:string:max=200'],
    ['title:', '--field "title:": the field has no type — write e.g. string or int:min=0'],
    [
      'class:string',
      '--field "class:string": field name "class" is a reserved word in TypeScript — choose another name',
    ],
    [
      'id:uuid',
      '--field "id:uuid": field name "id" is generated for every aggregate and entity (id, version, createdAt, updatedAt, events, pullEvents, props, create, restore, equals, toJSON, toPersistence) — choose another name',
    ],
    [
      'amount:money:min=5:max=1',
      '--field "amount:money:min=5:max=1": min 5 is greater than max 1 — swap them or fix one',
    ],
    [
      'address:Address',
      `--field "address:Address": unknown value object "Address" in the command line — value objects are declared in a domain file (--from domain.md), or use one of ${TYPES}`,
    ],
    ['status:enum()', '--field "status:enum()": enum has no values — list them, e.g. enum(draft|published)'],
    [
      'code:string:pattern=^a:b$',
      '--field "code:string:pattern=^a:b$": the pattern contains ":" — quote it (pattern="^a:b$") or use the map form { type: string, pattern: … }',
    ],
    [
      'a/b:string',
      '--field "a/b:string": field name "a/b" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
  ])('--field "%s"', (flag, message) => {
    expect(errorMessage(() => parseFieldFlag(flag))).toBe(message);
  });
});

describe('parseRefFlag reads --ref name:Aggregate', () => {
  it('names the field after the id it holds', () => {
    expect(parseRefFlag('customer:Customer')).toMatchObject({
      kind: 'reference',
      aggregate: 'Customer',
      names: { camel: 'customerId' },
      indexed: true,
    });
  });

  it('takes the aggregate from the name when only the name is given', () => {
    expect(parseRefFlag('billing_account')).toMatchObject({
      aggregate: 'BillingAccount',
      names: { camel: 'billingAccountId' },
    });
  });

  it('refuses an aggregate that is not known', () => {
    expect(errorMessage(() => parseRefFlag('customer:Custmer', undefined, ['Customer']))).toBe(
      '--ref "customer:Custmer": reference to unknown aggregate "Custmer" — did you mean "Customer"?',
    );
  });
});

describe('aggregateFromFlags builds one aggregate from the aggregate command', () => {
  const invoice = aggregateFromFlags(
    {
      name: 'invoice',
      fields: ['number:string:unique', 'amount:money', 'dueOn:date:optional'],
      refs: ['customer:Customer'],
      events: ['InvoiceIssued'],
    },
    ['Customer'],
  );

  it('normalises the name and keeps the fields, references and events in order', () => {
    expect(invoice.names.pascal).toBe('Invoice');
    expect(invoice.fields.map((f) => f.names.camel)).toEqual(['number', 'amount', 'dueOn', 'customerId']);
    expect(invoice.events.map((e) => e.names.pascal)).toEqual(['InvoiceIssued']);
    expect(invoice).toMatchObject({ valueObjects: [], entities: [] });
  });

  it.each([
    [
      { fields: ['total:money'], refs: ['customer:Client'] },
      '--ref "customer:Client": reference to unknown aggregate "Client" — declare it as an aggregate first (known: Customer, Invoice)',
    ],
    [
      { fields: ['total:money', 'Total:decimal'] },
      '--field "Total:decimal": field "total" is already declared as field "total" at --field "total:money" — rename one',
    ],
    [
      { fields: ['customerId:uuid'], refs: ['customer:Customer'] },
      '--ref "customer:Customer": field "customerId" is already declared as field "customerId" at --field "customerId:uuid" — rename one',
    ],
    [
      { fields: ['total:money'], events: ['InvoiceCreated'] },
      '--event "InvoiceCreated": event "InvoiceCreated" is always emitted for Invoice (InvoiceCreated, InvoiceUpdated, InvoiceDeleted are generated) — remove it from events',
    ],
    [
      { fields: ['total:money'], events: ['Paid', 'Paid'] },
      '--event "Paid": event "Paid" is already declared as event "Paid" at --event "Paid" — rename one',
    ],
    [
      { fields: ['total:money'], events: ['Customer'] },
      '--event "Customer": event "Customer" is already declared as aggregate "Customer" at aggregate "Invoice" — rename one',
    ],
    [{}, 'aggregate "Invoice": has no fields — add at least one --field name:type (or --ref name:Aggregate)'],
  ])('refuses %j', (flags, message) => {
    expect(
      errorMessage(() =>
        aggregateFromFlags({ name: 'Invoice', fields: [], refs: [], events: [], ...flags }, ['Customer']),
      ),
    ).toBe(message);
  });

  it('refuses a name that is not an identifier, naming the aggregate', () => {
    expect(
      errorMessage(() => aggregateFromFlags({ name: 'In voice!', fields: ['a:int'], refs: [], events: [] }, [])),
    ).toBe(
      'aggregate "In voice!": aggregate name "In voice!" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    );
  });
});
