/**
 * Reads API_KEYS: comma-separated `name:key:role1|role2` entries. Only a SHA-256 digest of each
 * key is kept, so a key cannot end up in a log or a dump of the configuration.
 */
import { hash } from 'node:crypto';
import { isRole, ROLES, type Role } from '../../application/auth/roles.js';

export interface ApiKeyEntry {
  readonly name: string;
  /** SHA-256 of the key, hex */
  readonly digest: string;
  readonly roles: readonly Role[];
}

export const MIN_API_KEY_LENGTH = 32;
const NAME = /^[A-Za-z0-9_.-]+$/;
const KEY = /^[\x21-\x7e]+$/;

/** One call, no Hash object: this runs on every request that carries a key. */
export function apiKeyDigest(key: string): string {
  return hash('sha256', key, 'hex');
}

/** Throws an Error naming the entry (never its key) when one is malformed. */
export function parseApiKeys(raw: string): ApiKeyEntry[] {
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => parseEntry(entry, index + 1));
  const names = new Set<string>();
  const digests = new Set<string>();
  for (const { name, digest } of entries) {
    if (names.has(name)) throw new Error(`has the name "${name}" twice`);
    if (digests.has(digest)) throw new Error(`gives "${name}" a key already used`);
    names.add(name);
    digests.add(digest);
  }
  return entries;
}

function parseEntry(entry: string, position: number): ApiKeyEntry {
  const parts = entry.split(':');
  const [name = '', key = '', roles = ''] = parts;
  const where = NAME.test(name) ? `entry "${name}"` : `entry ${position}`;
  if (parts.length !== 3 || !NAME.test(name))
    throw new Error(`${where} must read name:key:role1|role2 (name of letters, digits, _ . -)`);
  if (key.length < MIN_API_KEY_LENGTH || !KEY.test(key))
    throw new Error(
      `${where} needs a key of at least ${MIN_API_KEY_LENGTH} printable characters without spaces`,
    );
  const list = roles.split('|').filter(Boolean);
  const unknown = list.filter((role) => !isRole(role));
  if (list.length === 0 || unknown.length > 0)
    throw new Error(`${where} must list roles from ${ROLES.join(', ')} (got "${roles}")`);
  return { name, digest: apiKeyDigest(key), roles: list as Role[] };
}
