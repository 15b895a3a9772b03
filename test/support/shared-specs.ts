/** `../shared/specs` beside this repository: the reference specs of the workspace, not shipped with it. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_SPECS = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));

/**
 * Why the tests that read the shared specs cannot run here, or undefined when the specs lie where
 * they should. shared-specs-setup.ts prints it once, and fails the run when CI=true.
 */
export const sharedSpecsMissing: string | undefined = existsSync(SHARED_SPECS)
  ? undefined
  : `the reference specs are not at ${SHARED_SPECS} (the workspace keeps them beside this repository)`;
