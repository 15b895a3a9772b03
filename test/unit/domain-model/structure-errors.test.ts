import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/index.js';
import { domainText, errorMessage } from './domain-text.js';

/** `yaml` lines joined; the error's line is counted in the file, where line 1 is `---`. */
const shop = (...lines: string[]): string => domainText(lines.join('\n'));

describe('declarations the domain file gets wrong are reported at their line, with the fix', () => {
  it.each([
    [
      'an unknown top-level key, with a suggestion',
      shop('context: Shop', 'aggregate:', '  Order:', '    fields: { total: money }'),
      'shop.md:3: unknown top-level key "aggregate" — did you mean "aggregates"?',
    ],
    [
      'an unknown top-level key, with the list',
      shop('context: Shop', 'owner: me', 'aggregates:', '  Order:', '    fields: { total: money }'),
      'shop.md:3: unknown top-level key "owner" — use one of context, description, aggregates',
    ],
    [
      'an unknown aggregate key',
      shop('context: Shop', 'aggregates:', '  Order:', '    fields: { total: money }', '    valueobjects: {}'),
      'shop.md:6: unknown aggregate key "valueobjects" — did you mean "valueObjects"?',
    ],
    [
      'an unknown value object key',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      Address:',
        '        field: { city: string }',
      ),
      'shop.md:8: unknown value object key "field" — did you mean "fields"?',
    ],
    [
      'a missing context',
      shop('aggregates:', '  Order:', '    fields: { total: money }'),
      'shop.md:1: missing "context:" — name the bounded context, e.g. context: Ordering',
    ],
    ['missing aggregates', shop('context: Shop'), 'shop.md:1: missing "aggregates:" — declare at least one aggregate'],
    [
      'an empty aggregates map',
      shop('context: Shop', 'aggregates: {}'),
      'shop.md:3: no aggregates declared — add at least one under aggregates:',
    ],
    [
      'aggregates with nothing under them',
      shop('context: Shop', 'aggregates:'),
      'shop.md:3: no aggregates declared — add at least one under aggregates:',
    ],
    [
      'aggregates written as a list',
      shop('context: Shop', 'aggregates:', '  - Order'),
      'shop.md:4: aggregates: must be a map of Name: { fields: … }',
    ],
    [
      'an aggregate without fields',
      shop('context: Shop', 'aggregates:', '  Order:', '    events: [OrderPlaced]'),
      'shop.md:4: aggregate Order has no fields — add at least one under fields:, e.g. title: string',
    ],
    [
      'an aggregate that declares nothing',
      shop('context: Shop', 'aggregates:', '  Order:'),
      'shop.md:4: aggregate Order declares nothing — add fields:, e.g. fields: { title: string }',
    ],
    ['an empty front matter', shop(''), 'shop.md:1: the front matter is empty — declare context: and aggregates:'],
  ])('%s', (_, text, message) => {
    expect(errorMessage(() => parseDomain(text, 'shop.md'))).toBe(message);
  });
});

describe('names are checked wherever they are declared', () => {
  it.each([
    [
      'a duplicate aggregate',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order: { fields: { total: money } }',
        '  Order: { fields: { total: money } }',
      ),
      'shop.md:5: aggregate "Order" is already declared as aggregate "Order" at line 4 — rename one',
    ],
    [
      'aggregates that normalise to the same name',
      shop(
        'context: Shop',
        'aggregates:',
        '  OrderLine: { fields: { total: money } }',
        '  order_line: { fields: { total: money } }',
      ),
      'shop.md:5: aggregate "OrderLine" (written "order_line") is already declared as aggregate "OrderLine" at line 4 — rename one',
    ],
    [
      'a duplicate field',
      shop('context: Shop', 'aggregates:', '  Order:', '    fields:', '      total: money', '      Total: decimal'),
      'shop.md:7: field "total" (written "Total") is already declared as field "total" at line 6 — rename one',
    ],
    [
      'a reference that becomes the name of another field',
      shop(
        'context: Shop',
        'aggregates:',
        '  Customer: { fields: { name: string } }',
        '  Order:',
        '    fields:',
        '      customerId: uuid',
        '      customer: ref(Customer)',
      ),
      'shop.md:8: field "customerId" (written "customer") is already declared as field "customerId" at line 7 — rename one',
    ],
    [
      'a duplicate field in a value object',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      Address:',
        '        fields:',
        '          city: string',
        '          city: text',
      ),
      'shop.md:10: field "city" is already declared as field "city" at line 9 — rename one',
    ],
    [
      'a value object named like an aggregate',
      shop(
        'context: Shop',
        'aggregates:',
        '  Customer: { fields: { name: string } }',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      Customer: { fields: { name: string } }',
      ),
      'shop.md:8: value object "Customer" is already declared as aggregate "Customer" at line 4 — rename one',
    ],
    [
      'an entity named like a value object',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      Line: { fields: { note: string } }',
        '    entities:',
        '      Line: { fields: { note: string } }',
      ),
      'shop.md:9: entity "Line" is already declared as value object "Line" at line 7 — rename one',
    ],
    [
      'a duplicate event',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    events:',
        '      - OrderPlaced',
        '      - OrderPlaced',
      ),
      'shop.md:8: event "OrderPlaced" is already declared as event "OrderPlaced" at line 7 — rename one',
    ],
    [
      'an event the generator always emits',
      shop('context: Shop', 'aggregates:', '  Order:', '    fields: { total: money }', '    events: [OrderCreated]'),
      'shop.md:6: event "OrderCreated" is always emitted for Order (OrderCreated, OrderUpdated, OrderDeleted are generated) — remove it from events',
    ],
    [
      'a value object named like a generated type',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      OrderId: { fields: { value: string } }',
      ),
      'shop.md:7: value object name "OrderId" is generated for aggregate Order (its id type) — choose another name',
    ],
    [
      'an aggregate named like the generated repository of another',
      shop(
        'context: Shop',
        'aggregates:',
        '  OrderRepository: { fields: { total: money } }',
        '  Order: { fields: { total: money } }',
      ),
      'shop.md:4: aggregate name "OrderRepository" is generated for aggregate Order (its repository port) — choose another name',
    ],
    [
      "an entity field named like the entity's link to its root",
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    entities:',
        '      OrderLine:',
        '        fields: { orderId: uuid }',
      ),
      'shop.md:8: field name "orderId" is generated in every OrderLine to link it to its aggregate — remove it',
    ],
    [
      'a reference in a value object',
      shop(
        'context: Shop',
        'aggregates:',
        '  Customer: { fields: { name: string } }',
        '  Order:',
        '    fields: { total: money }',
        '    valueObjects:',
        '      Delivery:',
        '        fields: { customer: ref(Customer) }',
      ),
      'shop.md:9: a value object holds only scalar fields (string, text, int, decimal, money, boolean, date, datetime, uuid, email, url, json, enum(a|b)) — move this field to the aggregate',
    ],
    [
      'an aggregate name with a leading digit',
      shop('context: Shop', 'aggregates:', '  2Order: { fields: { total: money } }'),
      'shop.md:4: aggregate name "2Order" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
    [
      'an aggregate name with a path',
      shop('context: Shop', 'aggregates:', '  ../Order: { fields: { total: money } }'),
      'shop.md:4: aggregate name "../Order" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
    [
      'an aggregate named after a keyword',
      shop('context: Shop', 'aggregates:', '  Function: { fields: { total: money } }'),
      'shop.md:4: aggregate name "Function" is a reserved word in TypeScript — choose another name',
    ],
    [
      'an aggregate that shadows a global',
      shop('context: Shop', 'aggregates:', '  Date: { fields: { day: int } }'),
      'shop.md:4: aggregate name "Date" would shadow the global Date — choose another name',
    ],
    [
      'an entity name with a symbol',
      shop(
        'context: Shop',
        'aggregates:',
        '  Order:',
        '    fields: { total: money }',
        '    entities:',
        '      Line#1: { fields: { note: string } }',
      ),
      'shop.md:7: entity name "Line#1" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
    [
      'an event name with a path',
      shop('context: Shop', 'aggregates:', '  Order:', '    fields: { total: money }', '    events: [Order\\Placed]'),
      'shop.md:6: event name "Order\\Placed" contains a path character ("/", "\\" or "..") — names become file names, use letters and digits only',
    ],
    [
      'a name with a line break, still reported on one line',
      shop('context: Shop', 'aggregates:', '  "Or\\nder": { fields: { total: money } }'),
      'shop.md:4: aggregate name "Or\\nder" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
    [
      'a context name that is not an identifier',
      shop('context: Shop!', 'aggregates:', '  Order: { fields: { total: money } }'),
      'shop.md:2: context name "Shop!" is not an identifier — start with a letter, then letters and digits (words may be separated by a space, "-" or "_")',
    ],
  ])('%s', (_, text, message) => {
    expect(errorMessage(() => parseDomain(text, 'shop.md'))).toBe(message);
  });
});
