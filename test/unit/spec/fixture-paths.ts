/** Where the test specs lie: our own fixtures, and the shared reference specs beside the repository. */
import { fileURLToPath } from 'node:url';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/specs/${name}`, import.meta.url));

export const sharedSpec = (name: string): string =>
  fileURLToPath(new URL(`../../../../shared/specs/${name}`, import.meta.url));
