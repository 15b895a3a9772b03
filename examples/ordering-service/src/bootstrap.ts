/**
 * The composition root: the only place where adapters are built and wired to the use cases.
 * Tests pass overrides (another database, a fake unit of work, a logger).
 */
import type { Logger } from './application/logger.js';
import { silentLogger } from './application/logger.js';
import {
  MessageBus,
  type CommandHandlerMap,
  type EventHandlerMap,
} from './application/message-bus.js';
import type { Queries } from './application/queries.js';
import type { UnitOfWorkFactory } from './application/unit-of-work.js';
import { customerCommandHandlers, customerEventHandlers } from './application/customer/handlers.js';
import { productCommandHandlers, productEventHandlers } from './application/product/handlers.js';
import { orderCommandHandlers, orderEventHandlers } from './application/order/handlers.js';
import { isReachable, openDatabase, type Database } from './infrastructure/db/client.js';
import { migrate } from './infrastructure/db/migrator.js';
import { OutboxRelay } from './infrastructure/outbox/outbox-relay.js';
import { createQueries } from './infrastructure/queries.js';
import { DrizzleUnitOfWork } from './infrastructure/unit-of-work.js';

export interface BootstrapOptions {
  databaseUrl: string;
  /** apply pending migrations before anything else */
  migrate?: boolean;
  logger?: Logger;
  unitOfWork?: UnitOfWorkFactory;
}

export interface Services {
  readonly bus: MessageBus;
  readonly queries: Queries;
  readonly relay: OutboxRelay;
  readonly database: Database;
  isReady(): boolean;
  close(): Promise<void>;
}

export function bootstrap(options: BootstrapOptions): Services {
  const database = openDatabase(options.databaseUrl);
  if (options.migrate === true) migrate(database.sqlite);
  const logger = options.logger ?? silentLogger;

  const commandHandlers: CommandHandlerMap = {
    ...customerCommandHandlers,
    ...productCommandHandlers,
    ...orderCommandHandlers,
  };
  const eventHandlers: EventHandlerMap = {
    ...customerEventHandlers,
    ...productEventHandlers,
    ...orderEventHandlers,
  };

  const bus: MessageBus = new MessageBus({
    commandHandlers,
    eventHandlers,
    logger,
    unitOfWork: options.unitOfWork ?? (() => new DrizzleUnitOfWork(database)),
    afterCommand: () => relay.deliverPending(),
  });
  const relay = new OutboxRelay(database, (event) => bus.publish(event), logger);

  return {
    bus,
    queries: createQueries(database),
    relay,
    database,
    isReady: () => isReachable(database),
    close: async () => {
      await relay.stop();
      database.close();
    },
  };
}
