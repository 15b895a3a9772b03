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
import { withReadCache } from './application/cached-queries.js';
import { isReachable, openDatabase, type Database } from './infrastructure/db/client.js';
import { migrate } from './infrastructure/db/migrator.js';
import { OutboxRelay } from './infrastructure/outbox/outbox-relay.js';
import { createQueries } from './infrastructure/queries.js';
import { DrizzleUnitOfWork } from './infrastructure/unit-of-work.js';
import { createReadCache } from './infrastructure/cache/create-read-cache.js';

export interface BootstrapOptions {
  databaseUrl: string;
  /** apply pending migrations before anything else */
  migrate?: boolean;
  logger?: Logger;
  unitOfWork?: UnitOfWorkFactory;
  redisUrl?: string | undefined;
  cacheTtlSeconds?: number;
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

  const readCache = createReadCache({
    redisUrl: options.redisUrl,
    ttlSeconds: options.cacheTtlSeconds,
  });
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
  relay.observe((event) => readCache.forget(event.aggregateId));

  return {
    bus,
    queries: withReadCache(createQueries(database), readCache),
    relay,
    database,
    isReady: () => isReachable(database),
    close: async () => {
      await relay.stop();
      await readCache.close();
      database.close();
    },
  };
}
