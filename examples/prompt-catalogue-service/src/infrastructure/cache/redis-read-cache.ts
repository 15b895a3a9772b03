import { Redis } from 'ioredis';
import type { ReadCache } from '../../application/read-cache.js';

/**
 * The cache shared by every instance of the service: a Redis string per view, with a TTL, under
 * `<prefix>view:<id>`. An instance that updates an aggregate deletes its key, so the others read
 * the new view on their next request.
 */
export class RedisReadCache implements ReadCache {
  readonly #redis: Redis;

  constructor(
    url: string,
    private readonly ttlSeconds: number,
    private readonly prefix = 'cache:',
  ) {
    this.#redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  }

  #key(id: string): string {
    return `${this.prefix}view:${id}`;
  }

  async get(id: string): Promise<unknown> {
    const json = await this.#redis.get(this.#key(id));
    return json === null ? undefined : (JSON.parse(json) as unknown);
  }

  async set(id: string, view: unknown): Promise<void> {
    await this.#redis.set(this.#key(id), JSON.stringify(view), 'EX', this.ttlSeconds);
  }

  async forget(id: string): Promise<void> {
    await this.#redis.del(this.#key(id));
  }

  async close(): Promise<void> {
    await this.#redis.quit();
  }
}
