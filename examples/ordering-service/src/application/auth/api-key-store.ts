/** Port: tells which service client an API key belongs to. */
import type { Principal } from './principal.js';

export interface ApiKeyStore {
  /** the client holding `key`, or undefined for a key nobody holds */
  find(key: string): Principal | undefined;
}
