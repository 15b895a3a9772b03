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
import { tenantCommandHandlers, tenantEventHandlers } from './application/tenant/handlers.js';
import { tagCommandHandlers, tagEventHandlers } from './application/tag/handlers.js';
import { promptCommandHandlers, promptEventHandlers } from './application/prompt/handlers.js';
import type { EventPublisher } from './application/events/event-publisher.js';
import type { TaskQueue } from './application/tasks/task-queue.js';
import { withWebhookDeliveries } from './application/webhooks/webhook-subscriptions.js';
import { withReadCache } from './application/cached-queries.js';
import { EventHub } from './application/live-events/event-hub.js';
import type { ApiKeyStore } from './application/auth/api-key-store.js';
import type { TextGenerator } from './application/llm/text-generator.js';
import { isReachable, openDatabase, type Database } from './infrastructure/db/client.js';
import { migrate } from './infrastructure/db/migrator.js';
import { OutboxRelay } from './infrastructure/outbox/outbox-relay.js';
import { createQueries } from './infrastructure/queries.js';
import { DrizzleUnitOfWork } from './infrastructure/unit-of-work.js';
import { createEventPublisher } from './infrastructure/events/event-publisher-factory.js';
import type { TaskSettings } from './infrastructure/tasks/task-queue-factory.js';
import { createTaskQueue } from './infrastructure/tasks/task-queue-factory.js';
import { createReadCache } from './infrastructure/cache/create-read-cache.js';
import type { ApiKeyEntry } from './infrastructure/auth/api-key-list.js';
import { connectRedis } from './infrastructure/redis/redis-client.js';
import { StaticApiKeyStore } from './infrastructure/auth/static-api-key-store.js';
import type { LlmSettings } from './infrastructure/llm/text-generator-factory.js';
import { createTextGenerator } from './infrastructure/llm/text-generator-factory.js';
import type { WebSocketSettings } from './interfaces/http/plugins/websocket.js';
import type { AuthSettings } from './interfaces/http/plugins/auth.js';
import type { RateLimitSettings } from './interfaces/http/plugins/rate-limit.js';
import type { Redis } from 'ioredis';

export interface BootstrapOptions {
  databaseUrl: string;
  /** apply pending migrations before anything else */
  migrate?: boolean;
  logger?: Logger;
  unitOfWork?: UnitOfWorkFactory;
  redisUrl?: string | undefined;
  eventStream?: string;
  tasks?: TaskSettings;
  cacheTtlSeconds?: number;
  websocket?: WebSocketSettings;
  apiKeys?: readonly ApiKeyEntry[];
  auth?: AuthSettings;
  rateLimit?: RateLimitSettings;
  llm?: LlmSettings;
  textGenerator?: TextGenerator;
}

export interface Services {
  readonly bus: MessageBus;
  readonly queries: Queries;
  readonly relay: OutboxRelay;
  readonly database: Database;
  isReady(): boolean;
  close(): Promise<void>;
  readonly events: EventPublisher;
  readonly eventHandlers: EventHandlerMap;
  readonly taskQueue: TaskQueue;
  readonly eventHub: EventHub;
  readonly websocket: WebSocketSettings;
  readonly apiKeys: ApiKeyStore;
  readonly redis: Redis | undefined;
  readonly auth: AuthSettings;
  readonly rateLimit: RateLimitSettings | undefined;
  readonly textGenerator: TextGenerator;
}

export function bootstrap(options: BootstrapOptions): Services {
  const database = openDatabase(options.databaseUrl);
  if (options.migrate === true) migrate(database.sqlite);
  const logger = options.logger ?? silentLogger;
  const textGenerator = options.textGenerator ?? createTextGenerator(options.llm ?? {});
  const redis = options.redisUrl === undefined ? undefined : connectRedis(options.redisUrl, logger);

  const readCache = createReadCache({
    redisUrl: options.redisUrl,
    ttlSeconds: options.cacheTtlSeconds,
  });
  const commandHandlers: CommandHandlerMap = {
    ...tenantCommandHandlers,
    ...tagCommandHandlers,
    ...promptCommandHandlers,
  };
  const eventHandlers: EventHandlerMap = {
    ...tenantEventHandlers,
    ...tagEventHandlers,
    ...promptEventHandlers,
  };

  const taskQueue = createTaskQueue(options.tasks ?? {}, logger);
  const bus: MessageBus = new MessageBus({
    commandHandlers,
    eventHandlers: withWebhookDeliveries(
      eventHandlers,
      options.tasks?.webhookEvents ?? [],
      taskQueue,
    ),
    logger,
    unitOfWork: options.unitOfWork ?? (() => new DrizzleUnitOfWork(database)),
    afterCommand: () => relay.deliverPending(),
  });
  const events = createEventPublisher({
    redisUrl: options.redisUrl,
    stream: options.eventStream,
    bus,
    database,
    logger,
  });
  const eventHub = new EventHub(logger);
  const relay = new OutboxRelay(database, (event) => events.publish(event), logger);
  relay.observe((event) => eventHub.publish(event));
  relay.observe((event) => readCache.forget(event.aggregateId));

  return {
    bus,
    queries: withReadCache(createQueries(database), readCache),
    relay,
    database,
    isReady: () => isReachable(database),
    close: async () => {
      await relay.stop();
      await redis?.quit();
      await taskQueue.close();
      await events.close();
      await readCache.close();
      database.close();
    },
    events,
    eventHandlers: bus.eventHandlers,
    taskQueue,
    eventHub,
    websocket: options.websocket ?? {},
    apiKeys: new StaticApiKeyStore(options.apiKeys ?? []),
    redis,
    auth: options.auth ?? {},
    rateLimit: options.rateLimit,
    textGenerator,
  };
}
