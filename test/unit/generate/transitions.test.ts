import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/index.js';
import { aggregateView, type EventView } from '../../../src/generate/model.js';

/** The events of an Order with a status, a paid flag, a time, a date and a note. */
function events(...lines: string[]): EventView[] {
  const text = [
    '---',
    'context: Shop',
    'aggregates:',
    '  Order:',
    '    fields:',
    '      status: enum(pending|placed|cancelled):default=pending',
    '      paid: boolean:default=false',
    '      placedAt: datetime:optional',
    '      dueOn: date:optional',
    '      note: text:optional',
    '    events:',
    ...lines.map((line) => `      ${line}`),
    '---',
  ].join('\n');
  const [order] = parseDomain(text, 'shop.md').aggregates;
  if (!order) throw new Error('no aggregate');
  return aggregateView(order).events;
}

describe('transition views', () => {
  it('names the command, handler and route of every event', () => {
    const [placed] = events('OrderPlaced:', '  sets: { status: placed }');
    expect(placed).toMatchObject({
      method: 'markPlaced',
      command: 'MarkOrderPlaced',
      handler: 'markOrderPlaced',
      action: 'mark-placed',
    });
  });

  it('leaves an event without when or sets a plain intent method', () => {
    expect(events('OrderPlaced: The customer confirmed.')[0]?.transition).toBeUndefined();
  });

  it('checks enum values with !== and booleans by their truth', () => {
    const [placed] = events('OrderPlaced:', '  when: { status: [pending, placed], paid: true }');
    expect(placed?.transition?.guards).toEqual([
      {
        field: 'status',
        refused: "this.props.status !== 'pending' && this.props.status !== 'placed'",
        allowed: "['pending', 'placed']",
        allowedText: 'pending or placed',
      },
      { field: 'paid', refused: '!this.props.paid', allowed: '[true]', allowedText: 'true' },
    ]);
    expect(placed?.transition?.acceptedInput).toEqual(["status: 'pending'", 'paid: true']);
    expect(placed?.transition?.refusedInput).toEqual(["status: 'cancelled'", 'paid: true']);
  });

  it('drops a check that allows every value, and then has no refused state', () => {
    const [placed] = events('OrderPlaced:', '  when: { paid: [true, false] }', '  sets: { status: placed }');
    expect(placed?.transition?.guards).toEqual([]);
    expect(placed?.transition?.refusedInput).toBeUndefined();
    expect(placed?.transition?.summary).toBe('Sets status to placed.');
  });

  it('sets times from the clock it is given, and clears optional fields', () => {
    const [placed] = events('OrderPlaced:', '  when: { status: pending }', '  sets: { placedAt: now, dueOn: today, note: null, paid: false }');
    const transition = placed?.transition;
    expect(transition?.takesNow).toBe(true);
    expect(transition?.assignments.map((a) => [a.field, a.domain, a.plain, a.plainType])).toEqual([
      ['placedAt', 'now', 'now.toISOString()', 'string'],
      ['dueOn', 'now.toISOString().slice(0, 10)', 'now.toISOString().slice(0, 10)', 'string'],
      ['note', 'undefined', 'null', 'null'],
      ['paid', 'false', 'false', 'false'],
    ]);
    expect(transition?.summary).toBe(
      'Needs status pending; sets placedAt to now, dueOn to today, note cleared and paid to false.',
    );
    expect(transition?.setsText).toBe('placedAt, dueOn, note and paid');
  });

  it('takes no clock when it sets no time', () => {
    const [cancelled] = events('OrderCancelled:', '  sets: { status: cancelled }');
    expect(cancelled?.transition?.takesNow).toBe(false);
  });
});
