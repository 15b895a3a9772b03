/** `add cache`: cache-aside for reads by id, forgotten on every event of the aggregate; Redis when REDIS_URL is set. */
import type { CapabilityDefinition } from './types.js';
import { REDIS_URL } from './shared-settings.js';

const BOOTSTRAP = 'src/bootstrap.ts';

export const cache: CapabilityDefinition = {
  name: 'cache',
  summary: 'read cache by id (Redis when REDIS_URL is set, else in-process), emptied by domain events',
  templates: ['shared', 'cache'],
  dependencies: ['ioredis'],
  settings: [
    REDIS_URL,
    {
      name: 'CACHE_TTL_SECONDS',
      value: '60',
      comment: 'how long a cached view by id may be served (seconds)',
      key: 'cacheTtlSeconds',
      type: 'number',
      read: "integer(env, 'CACHE_TTL_SECONDS', 60, 1, 86_400)",
    },
  ],
  wiring: [
    { kind: 'type-member', file: BOOTSTRAP, type: 'BootstrapOptions', name: 'redisUrl', memberType: 'string | undefined', optional: true },
    { kind: 'type-member', file: BOOTSTRAP, type: 'BootstrapOptions', name: 'cacheTtlSeconds', memberType: 'number', optional: true },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'const readCache = createReadCache({\n  redisUrl: options.redisUrl,\n  ttlSeconds: options.cacheTtlSeconds,\n});',
      present: { declares: 'readCache' },
      place: { before: 'commandHandlers' },
      imports: [{ from: './infrastructure/cache/create-read-cache.js', names: ['createReadCache'] }],
    },
    {
      kind: 'statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      statement: 'relay.observe((event) => readCache.forget(event.aggregateId));',
      present: { mentions: 'readCache.forget' },
      place: { after: 'relay' },
    },
    {
      kind: 'wrap-returned-property',
      file: BOOTSTRAP,
      function: 'bootstrap',
      name: 'queries',
      callee: 'withReadCache',
      extraArguments: ['readCache'],
      imports: [{ from: './application/cached-queries.js', names: ['withReadCache'] }],
    },
    {
      kind: 'returned-function-statement',
      file: BOOTSTRAP,
      function: 'bootstrap',
      property: 'close',
      statement: 'await readCache.close();',
      mentions: 'readCache.close',
    },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'redisUrl', initializer: 'config.redisUrl' },
    { kind: 'call-argument-property', file: 'src/main.ts', callee: 'bootstrap', name: 'cacheTtlSeconds', initializer: 'config.cacheTtlSeconds' },
  ],
  stack: [
    {
      spec: 'Redis cache',
      choice: 'ioredis: cache-aside for reads by id, forgotten by the outbox relay on every event (in-process without REDIS_URL)',
      files: ['src/application/read-cache.ts', 'src/application/cached-queries.ts', 'src/infrastructure/cache/'],
    },
  ],
};
