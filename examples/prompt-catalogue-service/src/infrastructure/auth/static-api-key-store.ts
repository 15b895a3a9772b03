/** ApiKeyStore over the keys from configuration: SHA-256 digests compared in constant time. */
import { timingSafeEqual } from 'node:crypto';
import type { ApiKeyStore } from '../../application/auth/api-key-store.js';
import type { Principal } from '../../application/auth/principal.js';
import { apiKeyDigest, type ApiKeyEntry } from './api-key-list.js';

export class StaticApiKeyStore implements ApiKeyStore {
  private readonly clients: readonly { digest: Buffer; principal: Principal }[];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.clients = entries.map(({ name, digest, roles }) => ({
      digest,
      principal: { id: `api-key:${name}`, kind: 'service', roles },
    }));
  }

  find(key: string): Principal | undefined {
    // Digests have one length, and every entry is compared: the time taken tells nothing.
    const digest = apiKeyDigest(key);
    let found: Principal | undefined;
    for (const client of this.clients)
      if (timingSafeEqual(client.digest, digest)) found = client.principal;
    return found;
  }
}
