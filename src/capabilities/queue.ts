/**
 * `add queue`: background tasks, Celery's role — BullMQ on Redis with a worker process when
 * REDIS_URL is set, an in-process runner with the same retries otherwise; the example task
 * delivers subscribed domain events to a webhook.
 */
import { REDIS_URL } from './shared-settings.js';
import type { CapabilityDefinition } from './types.js';

const BOOTSTRAP = 'src/bootstrap.ts';

export const queue: CapabilityDefinition = {
  name: 'queue',
  summary: 'background tasks: BullMQ + `npm run worker` when REDIS_URL is set, else in-process; a webhook task',
  templates: ['shared', 'queue'],
  dependencies: ['bullmq', 'ioredis'],
  scripts: { worker: 'tsx src/worker.ts', 'start:worker': 'node dist/worker.js' },
  // an optional native speed-up of msgpackr (BullMQ); its JavaScript fallback works
  allowScripts: { 'msgpackr-extract': false },
  settings: [
    REDIS_URL,
    {
      name: 'QUEUE_PREFIX',
      value: 'tasks',
      comment: "prefix of the task queues' Redis keys",
      key: 'queuePrefix',
      type: 'string',
      read: "matching(env, 'QUEUE_PREFIX', /^[\\w.:-]+$/, 'tasks')",
      helpers: ['matching'],
    },
    {
      name: 'QUEUE_CONCURRENCY',
      value: '5',
      comment: 'how many tasks run at once (per queue in the worker)',
      key: 'queueConcurrency',
      type: 'number',
      read: "integer(env, 'QUEUE_CONCURRENCY', 5, 1, 1000)",
    },
    {
      name: 'WEBHOOK_URL',
      value: '',
      comment: 'empty: no webhook; else the domain events of WEBHOOK_EVENTS are POSTed here by a background task',
      key: 'webhookUrl',
      type: 'string | undefined',
      read: "optionalUrl(env, 'WEBHOOK_URL', ['http:', 'https:'])",
      helpers: ['optionalUrl'],
    },
    {
      name: 'WEBHOOK_SECRET',
      value: '',
      comment: 'signs each webhook (Standard Webhooks: webhook-signature header); whsec_<base64> or any string',
      key: 'webhookSecret',
      type: 'string | undefined',
      read: "env.WEBHOOK_SECRET === '' ? undefined : env.WEBHOOK_SECRET",
    },
    {
      name: 'WEBHOOK_EVENTS',
      value: '',
      comment: 'comma-separated event types POSTed to WEBHOOK_URL (required with it)',
      key: 'webhookEvents',
      type: 'readonly string[]',
      read: 'webhookEvents(env)',
      helpers: ['webhookEvents'],
    },
  ],
  wiring: [
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'BootstrapOptions',
      name: 'tasks',
      memberType: 'TaskSettings',
      optional: true,
      imports: [{ from: './infrastructure/tasks/task-queue-factory.js', names: ['TaskSettings'], typeOnly: true }],
    },
    {
      kind: 'type-member',
      file: BOOTSTRAP,
      type: 'Services',
      name: 'taskQueue',
      memberType: 'TaskQueue',
      readonly: true,
      imports: [{ from: './application/tasks/task-queue.js', names: ['TaskQueue'], typeOnly: true }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const taskQueue = createTaskQueue(options.tasks ?? {}, logger);',
      present: { declares: 'taskQueue' },
      place: { before: 'bus' },
      imports: [{ from: './infrastructure/tasks/task-queue-factory.js', names: ['createTaskQueue'] }],
    },
    {
      kind: 'wrap-constructor-property',
      file: BOOTSTRAP,
      className: 'MessageBus',
      name: 'eventHandlers',
      wrapper: 'withWebhookDeliveries',
      extraArguments: ['options.tasks?.webhookEvents ?? []', 'taskQueue'],
      imports: [{ from: './application/webhooks/webhook-subscriptions.js', names: ['withWebhookDeliveries'] }],
    },
    { kind: 'returned-property', file: BOOTSTRAP, function: 'bootstrap', name: 'taskQueue', initializer: 'taskQueue' },
    {
      kind: 'returned-function-statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      property: 'close',
      statement: 'await taskQueue.close();',
      mentions: 'taskQueue.close',
      after: 'relay.stop',
    },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'tasks', initializer: 'config' },
  ],
  readme: {
    heading: '## Background tasks',
    body: [
      'Tasks live in `src/application/tasks/` (one module each, listed in `registry.ts`). Without',
      '`REDIS_URL` they run inside the server; with it the server only queues them (BullMQ) and a',
      'worker runs them: `npm run worker` (built: `npm run start:worker`). `WEBHOOK_URL` and',
      '`WEBHOOK_EVENTS` turn on the example task, which POSTs those domain events to the webhook.',
    ].join('\n'),
  },
  stack: [
    {
      spec: 'Celery',
      choice:
        'BullMQ on Redis with a worker process (`npm run worker`); without REDIS_URL an in-process runner with the same retries, backoff and priorities',
      files: ['src/application/tasks/', 'src/infrastructure/tasks/', 'src/worker.ts'],
    },
    {
      spec: 'Outbound webhooks',
      choice: 'the `deliver-event-to-webhook` task: subscribed domain events POSTed with Standard Webhooks signatures, retried',
      files: ['src/application/tasks/deliver-event-to-webhook.ts', 'src/application/webhooks/', 'src/infrastructure/webhooks/'],
    },
  ],
};
