import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../src/application/logger.js';
import {
  MessageBus,
  UnknownCommandError,
  type EventMessage,
} from '../../src/application/message-bus.js';
import { FakeUnitOfWork } from '../support/fakes/fake-unit-of-work.js';

const event: EventMessage = {
  id: 'e1',
  type: 'SomethingHappened',
  aggregateId: 'a1',
  occurredAt: '',
  payload: {},
};

function logger() {
  const error = vi.fn<(details: object, message: string) => void>();
  const log: Logger = { info: vi.fn(), warn: vi.fn(), error };
  return { log, error };
}

describe('MessageBus', () => {
  it('hands a command to its one handler and lets its error reach the caller', async () => {
    const bus = new MessageBus({
      commandHandlers: { Fail: () => Promise.reject(new Error('boom')) },
      eventHandlers: {},
      unitOfWork: () => new FakeUnitOfWork(),
      logger: logger().log,
    });
    await expect(bus.handle({ type: 'Fail' })).rejects.toThrow('boom');
    await expect(bus.handle({ type: 'Unknown' })).rejects.toThrow(UnknownCommandError);
  });

  it('runs every handler of an event; a failing one is logged and does not stop the others', async () => {
    const { log, error } = logger();
    const seen: string[] = [];
    const bus = new MessageBus({
      commandHandlers: {},
      eventHandlers: {
        SomethingHappened: [
          () => Promise.reject(new Error('first fails')),
          (e) => {
            seen.push(e.id);
            return Promise.resolve();
          },
        ],
      },
      unitOfWork: () => new FakeUnitOfWork(),
      logger: log,
    });
    await bus.publish(event);
    expect(seen).toEqual(['e1']);
    expect(error).toHaveBeenCalledOnce();
  });
});
