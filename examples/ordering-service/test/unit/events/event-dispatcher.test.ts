import { describe, expect, it } from 'vitest';
import {
  EventDispatcher,
  EventHandlingError,
} from '../../../src/application/events/event-dispatcher.js';
import { silentLogger } from '../../../src/application/logger.js';
import type { EventMessage } from '../../../src/application/message-bus.js';
import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import { FakeProcessedMessages } from '../../support/events/fake-processed-messages.js';

const event: EventMessage = {
  id: 'e1',
  type: 'SomethingHappened',
  aggregateId: 'a1',
  occurredAt: '',
  payload: {},
};

describe('EventDispatcher', () => {
  it('runs each handler once per event id and marks it processed', async () => {
    const processed = new FakeProcessedMessages();
    const calls: string[] = [];
    async function notify(e: EventMessage) {
      calls.push(`notify ${e.id}`);
      return Promise.resolve();
    }
    const dispatcher = new EventDispatcher({
      handlers: { SomethingHappened: [notify] },
      processed,
      logger: silentLogger,
    });
    await dispatcher.dispatch(event);
    await dispatcher.dispatch(event);
    await dispatcher.dispatch({ ...event, id: 'e2' });
    expect(calls).toEqual(['notify e1', 'notify e2']);
    expect([...processed.marks]).toEqual(['e1/notify', 'e2/notify']);
  });

  it('fails when a handler fails, and on the next delivery runs only the handlers not done', async () => {
    const processed = new FakeProcessedMessages();
    const calls: string[] = [];
    let failures = 1;
    const dispatcher = new EventDispatcher({
      handlers: {
        SomethingHappened: [
          async function first() {
            calls.push('first');
            return Promise.resolve();
          },
          async function flaky() {
            calls.push('flaky');
            if (failures-- > 0) throw new Error('down');
            return Promise.resolve();
          },
        ],
      },
      processed,
      logger: silentLogger,
    });
    const failed = await dispatcher.dispatch(event).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(EventHandlingError);
    expect((failed as EventHandlingError).failures.map((f) => f.handler)).toEqual(['flaky']);
    await dispatcher.dispatch(event);
    expect(calls).toEqual(['first', 'flaky', 'flaky']);
  });

  it('gives a unit-of-work handler a unit of work that marks the event when it commits', async () => {
    const processed = new FakeProcessedMessages();
    const seen: UnitOfWork[] = [];
    async function react(_e: EventMessage, uow: UnitOfWork) {
      seen.push(uow);
      await uow.commit();
    }
    const dispatcher = new EventDispatcher({
      handlers: {},
      unitOfWorkHandlers: { SomethingHappened: [react] },
      processed,
      logger: silentLogger,
    });
    await dispatcher.dispatch(event);
    await dispatcher.dispatch(event);
    expect(seen).toHaveLength(1);
    expect([...processed.marks]).toEqual(['e1/react']);
  });

  it('treats a commit refused because another consumer marked the event first as done', async () => {
    const processed = new FakeProcessedMessages();
    async function react(e: EventMessage, uow: UnitOfWork) {
      await processed.mark(e.id, 'react'); // the other consumer, between the check and the commit
      await uow.commit();
    }
    const dispatcher = new EventDispatcher({
      handlers: {},
      unitOfWorkHandlers: { SomethingHappened: [react] },
      processed,
      logger: silentLogger,
    });
    await expect(dispatcher.dispatch(event)).resolves.toBeUndefined();
  });

  it('refuses handlers without a name or with the same name for one event type', () => {
    const handler = () => Promise.resolve();
    expect(
      () =>
        new EventDispatcher({
          handlers: { SomethingHappened: [handler, handler] },
          processed: new FakeProcessedMessages(),
          logger: silentLogger,
        }),
    ).toThrow('named handler');
    expect(
      () =>
        new EventDispatcher({
          handlers: { SomethingHappened: [() => Promise.resolve()] },
          processed: new FakeProcessedMessages(),
          logger: silentLogger,
        }),
    ).toThrow('no name');
  });
});
