/** What POST /api/v1/llm/completions takes and answers. */
import { Type, type Static } from '@sinclair/typebox';

export const CompletionBody = Type.Object(
  {
    prompt: Type.String({ minLength: 1, maxLength: 32_000 }),
    system: Type.Optional(Type.String({ maxLength: 8_000 })),
    maxTokens: Type.Optional(Type.Integer({ minimum: 1, maximum: 16_384 })),
    temperature: Type.Optional(Type.Number({ minimum: 0, maximum: 2 })),
  },
  { additionalProperties: false },
);
export type CompletionBody = Static<typeof CompletionBody>;

export const CompletionSchema = Type.Object({
  text: Type.String(),
  model: Type.String(),
  usage: Type.Optional(
    Type.Object({
      inputTokens: Type.Integer(),
      outputTokens: Type.Integer(),
      totalTokens: Type.Integer(),
    }),
  ),
});
