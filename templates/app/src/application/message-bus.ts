/**
 * The in-process message bus. A command has exactly one handler and its error reaches the
 * caller; an event may have many handlers and one that fails is logged without stopping the
 * others. Events reach handlers through the outbox relay, after the commit that stored them.
 */
import type { Logger } from './logger.js';
import type { UnitOfWork, UnitOfWorkFactory } from './unit-of-work.js';

export interface Command {
  readonly type: string;
}

/** An event as stored in the outbox and delivered to handlers. */
export interface EventMessage {
  readonly id: string;
  readonly type: string;
  readonly aggregateId: string;
  readonly occurredAt: string;
  readonly payload: unknown;
}

export type CommandHandler<TCommand extends Command> = (
  command: TCommand,
  uow: UnitOfWork,
) => Promise<void>;
export type EventHandler = (event: EventMessage) => Promise<void>;

/** Handlers by command type. (Method syntax lets a handler of one command type fit.) */
export interface CommandHandlerMap {
  readonly [type: string]: { handle(command: Command, uow: UnitOfWork): Promise<void> }['handle'];
}

export interface EventHandlerMap {
  readonly [type: string]: readonly EventHandler[];
}

export interface MessageBusOptions {
  commandHandlers: CommandHandlerMap;
  eventHandlers: EventHandlerMap;
  unitOfWork: UnitOfWorkFactory;
  logger: Logger;
  /** runs after every successful command (the outbox relay) */
  afterCommand?: () => Promise<void>;
}

export class UnknownCommandError extends Error {
  constructor(type: string) {
    super(`no handler is registered for command ${type}`);
    this.name = 'UnknownCommandError';
  }
}

export class MessageBus {
  constructor(private readonly options: MessageBusOptions) {}

  /** The event handlers by event type: a consumer in another process dispatches to these. */
  get eventHandlers(): EventHandlerMap {
    return this.options.eventHandlers;
  }

  async handle(command: Command): Promise<void> {
    const handler = this.options.commandHandlers[command.type];
    if (handler === undefined) throw new UnknownCommandError(command.type);
    await handler(command, this.options.unitOfWork());
    await this.options.afterCommand?.();
  }

  async publish(event: EventMessage): Promise<void> {
    for (const handler of this.options.eventHandlers[event.type] ?? []) {
      try {
        await handler(event);
      } catch (error) {
        this.options.logger.error(
          { err: error, eventId: event.id, eventType: event.type },
          'event handler failed',
        );
      }
    }
  }
}
