import { describe, expect, it } from 'vitest';
import { EventDispatcher } from '../../../src/application/events/event-dispatcher.js';
import { InProcessEventPublisher } from '../../../src/application/events/in-process-event-publisher.js';
import { silentLogger } from '../../../src/application/logger.js';
import { MessageBus, type EventMessage } from '../../../src/application/message-bus.js';
import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import { FakeProcessedMessages } from '../../support/events/fake-processed-messages.js';
import { buildTestApp } from '../../support/build-app.js';
import { FakeUnitOfWork } from '../../support/fakes/fake-unit-of-work.js';

const event: EventMessage = {
  id: 'e1',
  type: 'SomethingHappened',
  aggregateId: 'a1',
  occurredAt: '',
  payload: {},
};

describe('without REDIS_URL (the in-process fallback)', () => {
  it('is what the service publishes through', async () => {
    const app = await buildTestApp();
    expect(app.services.events).toBeInstanceOf(InProcessEventPublisher);
    await app.close();
  });

  it('runs the bus handlers, then the reactions; a failing reaction is logged, not thrown', async () => {
    const calls: string[] = [];
    const bus = new MessageBus({
      commandHandlers: {},
      eventHandlers: {
        SomethingHappened: [
          async function notify() {
            calls.push('notify');
            return Promise.resolve();
          },
        ],
      },
      unitOfWork: () => new FakeUnitOfWork(),
      logger: silentLogger,
    });
    async function react(_e: EventMessage, uow: UnitOfWork) {
      calls.push('react');
      await uow.commit();
    }
    async function broken() {
      calls.push('broken');
      return Promise.reject(new Error('down'));
    }
    const reactions = new EventDispatcher({
      handlers: {},
      unitOfWorkHandlers: { SomethingHappened: [react, broken] },
      processed: new FakeProcessedMessages(),
      logger: silentLogger,
    });
    await new InProcessEventPublisher(bus, reactions).publish(event);
    expect(calls).toEqual(['notify', 'react', 'broken']);
  });
});
