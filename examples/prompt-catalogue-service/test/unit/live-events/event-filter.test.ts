import { describe, expect, it } from 'vitest';
import { matches } from '../../../src/application/live-events/event-filter.js';
import { Subscriptions } from '../../../src/application/live-events/subscriptions.js';

const created = { type: 'OrderCreated', aggregateId: 'a-1' };

describe('an event filter', () => {
  it('wants every event when it names nothing', () => {
    expect(matches({}, created)).toBe(true);
  });

  it('wants the events of an aggregate type: <Type><Verb>, not of a longer name', () => {
    expect(matches({ aggregateTypes: ['Order'] }, created)).toBe(true);
    expect(matches({ aggregateTypes: ['Order'] }, { ...created, type: 'OrderShipped' })).toBe(true);
    expect(matches({ aggregateTypes: ['Order'] }, { ...created, type: 'Orderly' })).toBe(false);
    expect(matches({ aggregateTypes: ['Ord'] }, created)).toBe(false);
    expect(matches({ aggregateTypes: ['Tenant', 'Order'] }, created)).toBe(true);
  });

  it('wants the events of named aggregates or of named types', () => {
    expect(matches({ aggregateIds: ['a-1'] }, created)).toBe(true);
    expect(matches({ aggregateIds: ['a-2'] }, created)).toBe(false);
    expect(matches({ eventTypes: ['OrderCreated'] }, created)).toBe(true);
    expect(matches({ eventTypes: ['OrderDeleted'] }, created)).toBe(false);
  });

  it('wants only what every list it gives allows', () => {
    expect(matches({ aggregateTypes: ['Order'], aggregateIds: ['a-2'] }, created)).toBe(false);
    expect(matches({ aggregateTypes: ['Order'], eventTypes: ['OrderCreated'] }, created)).toBe(
      true,
    );
  });
});

describe("a client's subscriptions", () => {
  it('names the subscriptions that want an event, in the order they were made', () => {
    const subscriptions = new Subscriptions();
    subscriptions.add('all', {});
    subscriptions.add('other', { aggregateIds: ['a-2'] });
    subscriptions.add('orders', { aggregateTypes: ['Order'] });
    expect(subscriptions.matching(created)).toEqual(['all', 'orders']);
  });

  it('replaces a subscription given again, and forgets a removed one', () => {
    const subscriptions = new Subscriptions();
    subscriptions.add('s', { aggregateIds: ['a-2'] });
    subscriptions.add('s', { aggregateIds: ['a-1'] });
    expect(subscriptions.matching(created)).toEqual(['s']);
    expect(subscriptions.remove('s')).toBe(true);
    expect(subscriptions.remove('s')).toBe(false);
    expect(subscriptions.matching(created)).toEqual([]);
  });

  it('holds at most its limit', () => {
    const subscriptions = new Subscriptions(2);
    expect(subscriptions.add('a', {})).toBe(true);
    expect(subscriptions.add('b', {})).toBe(true);
    expect(subscriptions.add('c', {})).toBe(false);
    expect(subscriptions.add('a', { eventTypes: ['X'] })).toBe(true);
    expect(subscriptions.size).toBe(2);
  });
});
