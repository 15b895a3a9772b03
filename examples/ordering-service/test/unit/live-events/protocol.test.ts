import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../../src/interfaces/http/live-events/protocol.js';

describe('the live events protocol', () => {
  it('reads subscribe and unsubscribe messages', () => {
    expect(parseClientMessage('{"type":"subscribe","id":"all"}')).toEqual({
      type: 'subscribe',
      id: 'all',
    });
    const filtered = {
      type: 'subscribe',
      id: 's1',
      aggregateTypes: ['Order'],
      aggregateIds: ['a-1'],
      eventTypes: ['OrderCreated'],
    };
    expect(parseClientMessage(JSON.stringify(filtered))).toEqual(filtered);
    expect(parseClientMessage('{"type":"unsubscribe","id":"s1"}')).toEqual({
      type: 'unsubscribe',
      id: 's1',
    });
  });

  it.each([
    ['not JSON', '{nope', 'JSON'],
    ['not an object', '42', 'type must be'],
    ['an unknown type', '{"type":"publish","id":"s"}', 'type must be'],
    ['a type inherited by every object', '{"type":"constructor"}', 'type must be'],
    ['no id', '{"type":"subscribe"}', '/id'],
    ['an empty id', '{"type":"subscribe","id":""}', '/id'],
    ['an empty list', '{"type":"subscribe","id":"s","aggregateIds":[]}', '/aggregateIds'],
    ['a list of numbers', '{"type":"subscribe","id":"s","eventTypes":[1]}', '/eventTypes/0'],
    ['an unknown field', '{"type":"unsubscribe","id":"s","all":true}', '/all'],
  ])('refuses %s, saying what is wrong', (_case, text, said) => {
    const result = parseClientMessage(text);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(said);
  });
});
