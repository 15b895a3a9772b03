/** How an event is written to a stream entry (flat field/value pairs) and read back. */
import type { EventMessage } from '../../application/message-bus.js';

export function encodeEvent(event: EventMessage): string[] {
  return [
    'id',
    event.id,
    'type',
    event.type,
    'aggregateId',
    event.aggregateId,
    'occurredAt',
    event.occurredAt,
    'payload',
    JSON.stringify(event.payload ?? null),
  ];
}

export class MalformedEntryError extends Error {
  constructor(reason: string) {
    super(`malformed event entry: ${reason}`);
    this.name = 'MalformedEntryError';
  }
}

/** The event in an entry's fields; throws MalformedEntryError when it is not one. */
export function decodeEvent(fields: readonly string[]): EventMessage {
  const values = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) values.set(fields[i] ?? '', fields[i + 1] ?? '');
  const field = (name: string, required = false): string => {
    const value = values.get(name);
    if (value === undefined || (required && value === ''))
      throw new MalformedEntryError(`no ${name}`);
    return value;
  };
  let payload: unknown;
  try {
    payload = JSON.parse(field('payload'));
  } catch (error) {
    if (error instanceof MalformedEntryError) throw error;
    throw new MalformedEntryError('payload is not JSON');
  }
  return {
    id: field('id', true),
    type: field('type', true),
    aggregateId: field('aggregateId'),
    occurredAt: field('occurredAt'),
    payload,
  };
}
