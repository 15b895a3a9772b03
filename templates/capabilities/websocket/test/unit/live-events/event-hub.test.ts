import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../src/application/live-events/event-hub.js';
import type { EventMessage } from '../../../src/application/message-bus.js';
import { silentLogger } from '../../../src/application/logger.js';

const event: EventMessage = {
  id: 'e-1',
  type: 'OrderCreated',
  aggregateId: 'a-1',
  occurredAt: '2024-01-01T00:00:00.000Z',
  payload: {},
};

describe('the event hub', () => {
  it('shows every event to every subscriber until it leaves', async () => {
    const hub = new EventHub(silentLogger);
    const seen: string[] = [];
    const leave = hub.join({ deliver: (e) => seen.push(`first ${e.id}`) });
    hub.join({ deliver: (e) => seen.push(`second ${e.id}`) });
    await hub.publish(event);
    leave();
    await hub.publish({ ...event, id: 'e-2' });
    expect(seen).toEqual(['first e-1', 'second e-1', 'second e-2']);
    expect(hub.size).toBe(1);
  });

  it('goes on past a subscriber that fails, and logs it', async () => {
    const errors: string[] = [];
    const hub = new EventHub({
      ...silentLogger,
      error: (_details, message) => errors.push(message),
    });
    const seen: string[] = [];
    hub.join({
      deliver: () => {
        throw new Error('boom');
      },
    });
    hub.join({ deliver: (e) => seen.push(e.id) });
    await hub.publish(event);
    expect(seen).toEqual(['e-1']);
    expect(errors).toEqual(['live event subscriber failed']);
  });
});
