/**
 * The capabilities this version can add, by name; the others are named in CAPABILITY_NAMES but
 * refused. Their order is the order `create --features` applies them in (as CAPABILITY_NAMES).
 */
import { auth } from './auth.js';
import { cache } from './cache.js';
import { eventBus } from './event-bus.js';
import { llm } from './llm.js';
import { observability } from './observability.js';
import { queue } from './queue.js';
import type { CapabilityDefinition, CapabilityName } from './types.js';
import { websocket } from './websocket.js';

export const CAPABILITIES_BUILT: Partial<Record<CapabilityName, CapabilityDefinition>> = {
  'event-bus': eventBus,
  queue,
  cache,
  websocket,
  auth,
  llm,
  observability,
};

export function builtCapabilityNames(): CapabilityName[] {
  return Object.keys(CAPABILITIES_BUILT) as CapabilityName[];
}
