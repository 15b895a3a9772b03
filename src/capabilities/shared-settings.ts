/** Settings more than one capability reads: declared once, so adding a second capability finds them there. */
import type { Setting } from './types.js';

export const REDIS_URL: Setting = {
  name: 'REDIS_URL',
  value: '',
  comment: 'redis:// URL shared by the Redis-backed capabilities; empty: they run in-process',
  key: 'redisUrl',
  type: 'string | undefined',
  read: "optionalUrl(env, 'REDIS_URL', ['redis:', 'rediss:'])",
  helpers: ['optionalUrl'],
};
