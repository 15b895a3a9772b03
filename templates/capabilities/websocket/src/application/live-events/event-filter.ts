/**
 * Which domain events a live subscription wants. Every list it gives must match (any item in a
 * list); a filter with no list wants every event.
 */
import type { EventMessage } from '../message-bus.js';

export interface EventFilter {
  /** aggregate type names (`Tenant`): the events named `<Type><Verb>` (TenantCreated, TenantRenamed) */
  readonly aggregateTypes?: readonly string[] | undefined;
  /** aggregate ids: the events of those aggregates */
  readonly aggregateIds?: readonly string[] | undefined;
  /** exact event type names (`TenantCreated`) */
  readonly eventTypes?: readonly string[] | undefined;
}

export function matches(
  filter: EventFilter,
  event: Pick<EventMessage, 'type' | 'aggregateId'>,
): boolean {
  const { aggregateTypes, aggregateIds, eventTypes } = filter;
  if (eventTypes !== undefined && !eventTypes.includes(event.type)) return false;
  if (aggregateIds !== undefined && !aggregateIds.includes(event.aggregateId)) return false;
  if (aggregateTypes !== undefined && !aggregateTypes.some((type) => isEventOf(event.type, type)))
    return false;
  return true;
}

/** `TenantCreated` is an event of `Tenant`: the generator names events `<Aggregate><Verb>`. */
function isEventOf(eventType: string, aggregateType: string): boolean {
  return (
    eventType.startsWith(aggregateType) && /^[A-Z]/.test(eventType.slice(aggregateType.length))
  );
}
