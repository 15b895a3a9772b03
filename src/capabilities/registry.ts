/** The capabilities this version can add, by name; the others are named in CAPABILITY_NAMES but refused. */
import { cache } from './cache.js';
import type { CapabilityDefinition, CapabilityName } from './types.js';

export const CAPABILITIES_BUILT: Partial<Record<CapabilityName, CapabilityDefinition>> = {
  cache,
};

export function builtCapabilityNames(): CapabilityName[] {
  return Object.keys(CAPABILITIES_BUILT) as CapabilityName[];
}
