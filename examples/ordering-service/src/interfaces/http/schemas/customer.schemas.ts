import { Type, type Static } from '@sinclair/typebox';

export const CustomerSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    email: Type.String({ format: 'email' }),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{6,20}$' })),
    marketingOptIn: Type.Boolean(),
    birthDate: Type.Optional(Type.String({ format: 'date' })),
  },
  { title: 'Customer' },
);

export const CreateCustomerBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    email: Type.String({ format: 'email' }),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{6,20}$' })),
    marketingOptIn: Type.Optional(Type.Boolean({ default: false })),
    birthDate: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);
export type CreateCustomerBody = Static<typeof CreateCustomerBody>;

export const UpdateCustomerBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    email: Type.Optional(Type.String({ format: 'email' })),
    phone: Type.Optional(
      Type.Union([Type.String({ pattern: '^\\+?[0-9 ()-]{6,20}$' }), Type.Null()]),
    ),
    marketingOptIn: Type.Optional(Type.Boolean()),
    birthDate: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCustomerBody = Static<typeof UpdateCustomerBody>;

export const CustomerListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [Type.Literal('id'), Type.Literal('-id'), Type.Literal('email'), Type.Literal('-email')],
      { default: 'id' },
    ),
    email: Type.Optional(Type.String({ format: 'email' })),
  },
  { additionalProperties: false },
);
export type CustomerListQuery = Static<typeof CustomerListQuery>;

export const CustomerPage = Type.Object({
  items: Type.Array(CustomerSchema),
  next_cursor: Type.Optional(Type.String()),
});
