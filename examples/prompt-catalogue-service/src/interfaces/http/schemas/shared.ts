import { Type, type Static } from '@sinclair/typebox';

export const MoneySchema = Type.Object(
  {
    amount: Type.String({ pattern: '^-?\\d+(\\.\\d+)?$', examples: ['12.34'] }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', examples: ['EUR'] }),
  },
  { additionalProperties: false },
);

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export type IdParams = Static<typeof IdParams>;

export const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  code: Type.Optional(Type.String()),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
});

export const IfMatchHeaders = Type.Object({ 'if-match': Type.Optional(Type.String()) });
export type IfMatchHeaders = Static<typeof IfMatchHeaders>;
