/**
 * `add event-bus`: domain events over Redis Streams — the outbox relay publishes with XADD, a
 * consumer process reads with a consumer group (claims stuck entries, dead-letters after N
 * deliveries) and handlers are idempotent through a processed-messages table. In-process when
 * REDIS_URL is not set.
 */
import { REDIS_URL } from './shared-settings.js';
import type { CapabilityDefinition } from './types.js';

const BOOTSTRAP = 'src/bootstrap.ts';

export const eventBus: CapabilityDefinition = {
  name: 'event-bus',
  summary: 'domain events over Redis Streams with a consumer process (`npm run consumer`), in-process without REDIS_URL',
  templates: ['shared', 'event-bus'],
  dependencies: ['ioredis'],
  scripts: { consumer: 'tsx src/consumer.ts', 'start:consumer': 'node dist/consumer.js' },
  settings: [
    REDIS_URL,
    {
      name: 'EVENT_STREAM',
      value: 'domain-events',
      comment: 'the stream the outbox relay publishes domain events to (dead letters go to <stream>.dead)',
      key: 'eventStream',
      type: 'string',
      read: "keyName(env, 'EVENT_STREAM', 'domain-events')",
      helpers: ['keyName'],
    },
    {
      name: 'EVENT_CONSUMER_GROUP',
      value: 'event-handlers',
      comment: 'the consumer group `npm run consumer` processes read the stream as',
      key: 'eventConsumerGroup',
      type: 'string',
      read: "keyName(env, 'EVENT_CONSUMER_GROUP', 'event-handlers')",
      helpers: ['keyName'],
    },
    {
      name: 'EVENT_MAX_DELIVERIES',
      value: '5',
      comment: 'deliveries of an event before it moves to the dead-letter stream',
      key: 'eventMaxDeliveries',
      type: 'number',
      read: "integer(env, 'EVENT_MAX_DELIVERIES', 5, 1, 1000)",
    },
    {
      name: 'EVENT_CLAIM_IDLE_MS',
      value: '30000',
      comment: 'how long an event may stay unacknowledged before another consumer claims it',
      key: 'eventClaimIdleMs',
      type: 'number',
      read: "integer(env, 'EVENT_CLAIM_IDLE_MS', 30_000, 100, 86_400_000)",
    },
  ],
  wiring: [
    { kind: 'type-member', file: BOOTSTRAP, type: 'BootstrapOptions', name: 'redisUrl', memberType: 'string | undefined', optional: true },
    { kind: 'type-member', file: BOOTSTRAP, type: 'BootstrapOptions', name: 'eventStream', memberType: 'string', optional: true },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'events',
      memberType: 'EventPublisher',
      readonly: true,
      imports: [{ from: './application/events/event-publisher.js', names: ['EventPublisher'], typeOnly: true }],
    },
    { kind: 'type-member', file: BOOTSTRAP, type: 'Services', name: 'eventHandlers', memberType: 'EventHandlerMap', readonly: true },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: [
        'const events = createEventPublisher({',
        '  redisUrl: options.redisUrl,',
        '  stream: options.eventStream,',
        '  bus,',
        '  database,',
        '  logger,',
        '});',
      ].join('\n'),
      present: { declares: 'events' },
      place: { before: 'relay' },
      imports: [{ from: './infrastructure/events/event-publisher-factory.js', names: ['createEventPublisher'] }],
    },
    {
      kind: 'replace-constructor-argument',
      file: BOOTSTRAP,
      className: 'OutboxRelay',
      index: 1,
      from: '(event) => bus.publish(event)',
      to: '(event) => events.publish(event)',
    },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'events', initializer: 'events' },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'eventHandlers', initializer: 'bus.eventHandlers' },
    {
      kind: 'returned-function-statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      property: 'close',
      statement: 'await events.close();',
      mentions: 'events.close',
      after: 'relay.stop',
    },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'redisUrl', initializer: 'config.redisUrl' },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'eventStream', initializer: 'config.eventStream' },
  ],
  readme: {
    heading: '## Event bus',
    body: [
      'Without `REDIS_URL` committed events are handled in the server. With it the outbox relay',
      'publishes them to the Redis stream `EVENT_STREAM` and consumers handle them: `npm run consumer`',
      '(built: `npm run start:consumer`), as many as you like, in the consumer group',
      '`EVENT_CONSUMER_GROUP`. Handlers that write through a unit of work go in',
      '`src/application/events/reactions.ts`: each runs exactly once per event.',
    ].join('\n'),
  },
  stack: [
    {
      spec: 'Redis Streams',
      choice:
        'ioredis: the outbox relay XADDs committed events; `npm run consumer` reads in a consumer group (XREADGROUP/XACK), XAUTOCLAIMs stuck entries, dead-letters after EVENT_MAX_DELIVERIES; idempotent handlers (processed_messages); in-process without REDIS_URL',
      files: ['src/application/events/', 'src/infrastructure/events/', 'src/interfaces/consumer/run-consumer.ts', 'src/consumer.ts'],
    },
  ],
};
