/**
 * Runs the handlers of an event, each at most once per event id (idempotent consumers). A handler
 * that already processed the event is skipped. A plain handler is marked processed right after it
 * succeeds: a crash in between runs it again (at-least-once, so its effect must bear a repeat). A
 * unit-of-work handler's mark commits in the same transaction as its writes: exactly once. When
 * a handler fails, the dispatch fails so that the event is delivered again; on that delivery only
 * the handlers that have not processed it run.
 */
import type { Logger } from '../logger.js';
import type { EventHandler, EventHandlerMap, EventMessage } from '../message-bus.js';
import type { ProcessedMessages } from './processed-messages.js';
import type {
  UnitOfWorkEventHandler,
  UnitOfWorkEventHandlerMap,
} from './unit-of-work-event-handler.js';

export interface EventDispatcherOptions {
  handlers: EventHandlerMap;
  unitOfWorkHandlers?: UnitOfWorkEventHandlerMap;
  processed: ProcessedMessages;
  logger: Logger;
}

type Entry =
  | { readonly name: string; readonly plain: EventHandler }
  | { readonly name: string; readonly withUnitOfWork: UnitOfWorkEventHandler };

export interface HandlerFailure {
  readonly handler: string;
  readonly error: unknown;
}

export class EventHandlingError extends Error {
  constructor(
    event: EventMessage,
    readonly failures: readonly HandlerFailure[],
  ) {
    super(`${failures.map((f) => f.handler).join(', ')} failed on ${event.type} ${event.id}`, {
      cause: failures[0]?.error,
    });
    this.name = 'EventHandlingError';
  }
}

export class EventDispatcher {
  readonly #entries = new Map<string, Entry[]>();

  constructor(private readonly options: EventDispatcherOptions) {
    for (const [type, handlers] of Object.entries(options.handlers))
      for (const plain of handlers) this.#add(type, { name: plain.name, plain });
    for (const [type, handlers] of Object.entries(options.unitOfWorkHandlers ?? {}))
      for (const withUnitOfWork of handlers)
        this.#add(type, { name: withUnitOfWork.name, withUnitOfWork });
  }

  async dispatch(event: EventMessage): Promise<void> {
    const failures: HandlerFailure[] = [];
    for (const entry of this.#entries.get(event.type) ?? []) {
      try {
        await this.#run(entry, event);
      } catch (error) {
        failures.push({ handler: entry.name, error });
        this.options.logger.error(
          { err: error, eventId: event.id, eventType: event.type, handler: entry.name },
          'event handler failed',
        );
      }
    }
    if (failures.length > 0) throw new EventHandlingError(event, failures);
  }

  async #run(entry: Entry, event: EventMessage): Promise<void> {
    const { processed } = this.options;
    if (await processed.has(event.id, entry.name)) return;
    if ('plain' in entry) {
      await entry.plain(event);
    } else {
      try {
        await entry.withUnitOfWork(event, processed.unitOfWork(event.id, entry.name));
      } catch (error) {
        // Another consumer committed the same event first: its mark made this commit fail.
        if (await processed.has(event.id, entry.name)) return;
        throw error;
      }
    }
    await processed.mark(event.id, entry.name);
  }

  #add(type: string, entry: Entry): void {
    if (entry.name === '')
      throw new Error(
        `a handler of ${type} has no name: use a named function (it keys idempotency)`,
      );
    const entries = this.#entries.get(type) ?? [];
    if (entries.some((other) => other.name === entry.name))
      throw new Error(`two handlers of ${type} are named ${entry.name}: names must differ`);
    this.#entries.set(type, [...entries, entry]);
  }
}
