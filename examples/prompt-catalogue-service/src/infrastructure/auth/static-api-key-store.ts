/**
 * ApiKeyStore over the keys from configuration, found by the SHA-256 digest of the key given.
 * The lookup compares digests, never keys: how long it takes depends on the digest of what the
 * caller sent, which tells the caller nothing about a valid key (no timing oracle, and one hash
 * and one map lookup per request instead of a comparison with every entry).
 */
import type { ApiKeyStore } from '../../application/auth/api-key-store.js';
import type { Principal } from '../../application/auth/principal.js';
import { apiKeyDigest, type ApiKeyEntry } from './api-key-list.js';

export class StaticApiKeyStore implements ApiKeyStore {
  private readonly byDigest: ReadonlyMap<string, Principal>;

  constructor(entries: readonly ApiKeyEntry[]) {
    this.byDigest = new Map(
      entries.map(({ name, digest, roles }) => [
        digest,
        { id: `api-key:${name}`, kind: 'service', roles },
      ]),
    );
  }

  find(key: string): Principal | undefined {
    return this.byDigest.get(apiKeyDigest(key));
  }
}
