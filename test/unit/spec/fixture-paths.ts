/** Where the test specs lie: our own fixtures, and the shared reference specs beside the repository. */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { SHARED_SPECS, sharedSpecsMissing } from '../../support/shared-specs.js';

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/specs/${name}`, import.meta.url));

export const sharedSpec = (name: string): string => `${SHARED_SPECS}${name}`;

/** `it` for a test that reads the shared specs: skipped when they are not there (never in CI). */
export const itWithSharedSpecs = it.skipIf(sharedSpecsMissing !== undefined);

/** `describe` for a suite that reads the shared specs: skipped when they are not there (never in CI). */
export const describeWithSharedSpecs = describe.skipIf(sharedSpecsMissing !== undefined);
