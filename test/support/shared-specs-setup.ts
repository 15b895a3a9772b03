/**
 * Vitest global setup: says once why the tests that read ../shared/specs skip on this machine,
 * and fails the run when CI=true, where the specs must be there.
 */
import { sharedSpecsMissing } from './shared-specs.js';

export default function checkSharedSpecs(): void {
  if (sharedSpecsMissing === undefined) return;
  if (process.env.CI === 'true') throw new Error(`CI=true: ${sharedSpecsMissing}`);
  console.warn(`skipping the tests that read the shared reference specs: ${sharedSpecsMissing}`);
}
