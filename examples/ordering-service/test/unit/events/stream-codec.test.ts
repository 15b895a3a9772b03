import { describe, expect, it } from 'vitest';
import type { EventMessage } from '../../../src/application/message-bus.js';
import {
  decodeEvent,
  encodeEvent,
  MalformedEntryError,
} from '../../../src/infrastructure/events/stream-codec.js';

const event: EventMessage = {
  id: 'e1',
  type: 'TagCreated',
  aggregateId: 'a1',
  occurredAt: '2025-01-01T00:00:00.000Z',
  payload: { label: 'x', nested: [1, null] },
};

describe('the stream codec', () => {
  it('reads back the event it wrote', () => {
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it('refuses an entry without an id or with a payload that is not JSON', () => {
    const fields = encodeEvent(event);
    expect(() => decodeEvent(fields.slice(2))).toThrow(MalformedEntryError);
    expect(() => decodeEvent([...fields.slice(0, -1), '{not json'])).toThrow('payload');
  });
});
