import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/index.js';
import { domainText, errorMessage } from './domain-text.js';

/**
 * An Order with a status, a flag, a time, a date, an optional note and a total, and `event` on the
 * lines after `events:` (the first of them is line 14 of the file).
 */
const orderWithEvent = (...event: string[]): string =>
  domainText(
    [
      'context: Shop',
      'aggregates:',
      '  Order:',
      '    fields:',
      '      status: enum(pending|placed|shipped|cancelled):default=pending',
      '      paid: boolean:default=false',
      '      placedAt: datetime:optional',
      '      dueOn: date:optional',
      '      note: text:optional',
      '      total: money',
      '      shippedAt: datetime',
      '    events:',
      ...event.map((line) => `      ${line}`),
    ].join('\n'),
  );

const eventsOf = (text: string) => parseDomain(text, 'shop.md').aggregates[0]?.events ?? [];

describe('an event may declare the state it needs (when) and the state it leaves (sets)', () => {
  it('reads when and sets in the order written, with lists and single values', () => {
    const [placed, cancelled] = eventsOf(
      orderWithEvent(
        'OrderPlaced:',
        '  description: The customer confirmed.',
        '  when: { status: pending, paid: true }',
        '  sets: { status: placed, placedAt: now, dueOn: today, note: null }',
        'OrderCancelled:',
        '  when: { status: [pending, placed] }',
        '  sets: { status: cancelled, paid: false }',
      ),
    );
    expect(placed).toMatchObject({
      description: 'The customer confirmed.',
      when: [
        { field: 'status', values: ['pending'] },
        { field: 'paid', values: [true] },
      ],
      sets: [
        { field: 'status', value: 'placed' },
        { field: 'placedAt', value: 'now' },
        { field: 'dueOn', value: 'today' },
        { field: 'note', value: null },
      ],
    });
    expect(cancelled).toMatchObject({
      when: [{ field: 'status', values: ['pending', 'placed'] }],
      sets: [
        { field: 'status', value: 'cancelled' },
        { field: 'paid', value: false },
      ],
    });
  });

  it('leaves when and sets out of an event that declares neither', () => {
    const [placed, shipped] = eventsOf(orderWithEvent('OrderPlaced: The customer confirmed.', 'OrderShipped:'));
    expect(placed).not.toHaveProperty('when');
    expect(placed).not.toHaveProperty('sets');
    expect(shipped).toEqual({ names: expect.objectContaining({ pascal: 'OrderShipped' }), origin: { file: 'shop.md', line: 15 } });
  });

  it('finds a field written in another case style', () => {
    const [placed] = eventsOf(orderWithEvent('OrderPlaced:', '  sets: { placed_at: now }'));
    expect(placed?.sets).toEqual([{ field: 'placedAt', value: 'now' }]);
  });

  it.each([
    ['an unknown key', ['OrderPlaced:', '  sets: { status: placed }', '  whan: { status: pending }'], 'shop.md:16: unknown event key "whan" — did you mean "when"?'],
    ['when written as a list', ['OrderPlaced:', '  when: [pending]'], 'shop.md:15: event OrderPlaced: when: must map fields to the values they must hold, e.g. when: { status: pending }'],
    ['sets written as text', ['OrderPlaced:', '  sets: placed'], 'shop.md:15: event OrderPlaced: sets: must map fields to their new values, e.g. sets: { status: placed }'],
    ['an unknown field, with a suggestion', ['OrderPlaced:', '  when: { staus: pending }'], 'shop.md:15: event OrderPlaced: Order has no field "staus" — did you mean "status"?'],
    ['a field that cannot be checked', ['OrderPlaced:', '  when: { total: 0 }'], 'shop.md:15: event OrderPlaced: when: total is a money field — only enum and boolean fields can be checked'],
    ['a value the enum does not have', ['OrderPlaced:', '  when: { status: [pending, plced] }'], 'shop.md:15: event OrderPlaced: "plced" is not a value of status — did you mean "placed"?'],
    ['a boolean checked against text', ['OrderPlaced:', '  when: { paid: yes }'], 'shop.md:15: event OrderPlaced: paid is true or false, not "yes" — write true or false without quotes, e.g. when: { paid: false }'],
    ['an empty list of values', ['OrderPlaced:', '  when: { status: [] }'], 'shop.md:15: event OrderPlaced: when: status lists no values — name at least one, e.g. status: pending'],
    ['a field named twice', ['OrderPlaced:', '  sets: { status: placed, status: shipped }'], 'shop.md:15: event OrderPlaced: sets: status is named twice — keep one'],
    ['a field that cannot be set', ['OrderPlaced:', '  sets: { total: 0 }'], 'shop.md:15: event OrderPlaced: sets: total is a money field — only enum, boolean, date (today) and datetime (now) fields can be set, and optional fields cleared with null'],
    ['a time set to anything but now', ['OrderPlaced:', '  sets: { placedAt: 2024-01-01 }'], 'shop.md:15: event OrderPlaced: sets: placedAt is a datetime field — set it to now, or to null to clear it'],
    ['a date set to anything but today', ['OrderPlaced:', '  sets: { dueOn: tomorrow }'], 'shop.md:15: event OrderPlaced: sets: dueOn is a date field — set it to today, or to null to clear it'],
    ['a required field cleared', ['OrderPlaced:', '  sets: { shippedAt: null }'], 'shop.md:15: event OrderPlaced: sets: shippedAt is required, so it cannot be cleared with null — set it to now, or make it optional'],
    ['a required field that sets: cannot give a value cleared', ['OrderPlaced:', '  sets: { total: null }'], 'shop.md:15: event OrderPlaced: sets: total is required, so it cannot be cleared with null — make it optional'],
    ['an empty when', ['OrderPlaced:', '  when: {}'], 'shop.md:15: event OrderPlaced: when: names no field — name one, e.g. when: { status: pending }, or remove when:'],
    ['an enum set to a value it does not have', ['OrderPlaced:', '  sets: { status: done }'], 'shop.md:15: event OrderPlaced: "done" is not a value of status — use one of pending, placed, shipped, cancelled'],
  ])('%s', (_case, event, message) => {
    expect(errorMessage(() => parseDomain(orderWithEvent(...event), 'shop.md'))).toBe(message);
  });
});
