/** Something that happened to an aggregate, as plain data: what a bus, a log or an outbox carries. */
export interface DomainEvent<Type extends string = string, Payload = unknown> {
  readonly type: Type;
  readonly aggregateId: string;
  /** ISO 8601 */
  readonly occurredAt: string;
  readonly payload: Payload;
}

/** Where an application service hands the events of a change once it is saved. */
export type EventPublisher = (events: readonly DomainEvent[]) => void | Promise<void>;

/** The publisher used when none is given: the events are dropped. */
export const dropEvents: EventPublisher = () => undefined;

export function domainEvent<Type extends string, Payload>(
  type: Type,
  aggregateId: string,
  payload: Payload,
): DomainEvent<Type, Payload> {
  return { type, aggregateId, occurredAt: new Date().toISOString(), payload };
}
