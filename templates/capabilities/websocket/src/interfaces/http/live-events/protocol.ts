/**
 * The live events protocol, JSON text frames. A client sends
 * `{ "type": "subscribe", "id": "s1", "aggregateTypes"?: [...], "aggregateIds"?: [...], "eventTypes"?: [...] }`
 * (no list: every event) and `{ "type": "unsubscribe", "id": "s1" }`; the server answers
 * `subscribed` / `unsubscribed`, sends `event` frames, and an `error` frame for a bad message.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { EventMessage } from '../../../application/message-bus.js';

const Names = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
  minItems: 1,
  maxItems: 100,
});
const SubscriptionId = Type.String({ minLength: 1, maxLength: 64 });

export const SubscribeMessage = Type.Object(
  {
    type: Type.Literal('subscribe'),
    id: SubscriptionId,
    aggregateTypes: Type.Optional(Names),
    aggregateIds: Type.Optional(Names),
    eventTypes: Type.Optional(Names),
  },
  { additionalProperties: false },
);
export type SubscribeMessage = Static<typeof SubscribeMessage>;

export const UnsubscribeMessage = Type.Object(
  { type: Type.Literal('unsubscribe'), id: SubscriptionId },
  { additionalProperties: false },
);
export type UnsubscribeMessage = Static<typeof UnsubscribeMessage>;

export type ClientMessage = SubscribeMessage | UnsubscribeMessage;

export type ServerFrame =
  | { readonly type: 'subscribed' | 'unsubscribed'; readonly id: string }
  | { readonly type: 'event'; readonly subscriptions: string[]; readonly event: EventMessage }
  | { readonly type: 'error'; readonly message: string };

const SCHEMAS: ReadonlyMap<unknown, TSchema> = new Map<ClientMessage['type'], TSchema>([
  ['subscribe', SubscribeMessage],
  ['unsubscribe', UnsubscribeMessage],
]);

/** The message in `text`, or what is wrong with it. */
export function parseClientMessage(text: string): ClientMessage | { readonly error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'a message must be JSON' };
  }
  const type =
    typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : '';
  const schema = SCHEMAS.get(type);
  if (schema === undefined) return { error: 'type must be "subscribe" or "unsubscribe"' };
  const first = Value.Errors(schema, value).First();
  if (first !== undefined) return { error: `${first.path || '/'}: ${first.message}` };
  return value as ClientMessage;
}
