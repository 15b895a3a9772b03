/** Something that happened to an aggregate, in the past tense. Plain data: it is stored and published. */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  readonly type: TType;
  readonly aggregateId: string;
  readonly occurredAt: Date;
  readonly payload: TPayload;
}

export function domainEvent<TType extends string, TPayload>(
  type: TType,
  aggregateId: string,
  payload: TPayload,
): DomainEvent<TType, TPayload> {
  return { type, aggregateId, occurredAt: new Date(), payload };
}
