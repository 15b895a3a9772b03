import { describe, expect, it } from 'vitest';
import { parseApiKeys } from '../../../src/infrastructure/auth/api-key-list.js';
import { StaticApiKeyStore } from '../../../src/infrastructure/auth/static-api-key-store.js';

const KEY_A = 'a'.repeat(40);
const KEY_B = 'B-0123456789abcdefghijklmnopqrstuvwxyz';

describe('API_KEYS', () => {
  it('reads name:key:roles entries and keeps a digest, never the key', () => {
    const entries = parseApiKeys(` billing:${KEY_A}:reader|writer , audit:${KEY_B}:reader `);
    expect(entries.map(({ name, roles }) => ({ name, roles }))).toEqual([
      { name: 'billing', roles: ['reader', 'writer'] },
      { name: 'audit', roles: ['reader'] },
    ]);
    expect(JSON.stringify(entries)).not.toContain(KEY_A);
  });

  it('is empty when unset', () => {
    expect(parseApiKeys('')).toEqual([]);
  });

  it.each([
    ['a missing part', `billing:${KEY_A}`],
    ['a short key', 'billing:short-key:reader'],
    ['an unknown role', `billing:${KEY_A}:reader|owner`],
    ['no role', `billing:${KEY_A}:`],
    ['a bad name', `bill ing:${KEY_A}:reader`],
    ['a name twice', `billing:${KEY_A}:reader,billing:${KEY_B}:reader`],
    ['a key twice', `billing:${KEY_A}:reader,audit:${KEY_A}:reader`],
  ])('refuses %s without showing a key', (_case, raw) => {
    expect(() => parseApiKeys(raw)).toThrow();
    try {
      parseApiKeys(raw);
    } catch (error) {
      expect(String(error)).not.toContain(KEY_A);
      expect(String(error)).not.toContain(KEY_B);
    }
  });
});

describe('StaticApiKeyStore', () => {
  const store = new StaticApiKeyStore(
    parseApiKeys(`billing:${KEY_A}:writer,audit:${KEY_B}:reader`),
  );

  it('finds the service client holding a key', () => {
    expect(store.find(KEY_A)).toEqual({
      id: 'api-key:billing',
      kind: 'service',
      roles: ['writer'],
    });
    expect(store.find(KEY_B)?.id).toBe('api-key:audit');
  });

  it('finds nobody for another key, of any length', () => {
    expect(store.find(`${KEY_A}x`)).toBeUndefined();
    expect(store.find('')).toBeUndefined();
    expect(store.find('b'.repeat(40))).toBeUndefined();
  });
});
