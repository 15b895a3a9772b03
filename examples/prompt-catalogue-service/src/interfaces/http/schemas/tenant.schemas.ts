import { Type, type Static } from '@sinclair/typebox';

export const TenantSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    name: Type.String({ minLength: 2, maxLength: 120 }),
    slug: Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+$' }),
    contactEmail: Type.String({ format: 'email' }),
    plan: Type.Union([Type.Literal('free'), Type.Literal('team'), Type.Literal('enterprise')]),
    website: Type.Optional(Type.String({ format: 'uri' })),
  },
  { title: 'Tenant' },
);

export const CreateTenantBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 120 }),
    slug: Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+$' }),
    contactEmail: Type.String({ format: 'email' }),
    plan: Type.Optional(
      Type.Union([Type.Literal('free'), Type.Literal('team'), Type.Literal('enterprise')], {
        default: 'free',
      }),
    ),
    website: Type.Optional(Type.String({ format: 'uri' })),
  },
  { additionalProperties: false },
);
export type CreateTenantBody = Static<typeof CreateTenantBody>;

export const UpdateTenantBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 2, maxLength: 120 })),
    slug: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+$' })),
    contactEmail: Type.Optional(Type.String({ format: 'email' })),
    plan: Type.Optional(
      Type.Union([Type.Literal('free'), Type.Literal('team'), Type.Literal('enterprise')]),
    ),
    website: Type.Optional(Type.Union([Type.String({ format: 'uri' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTenantBody = Static<typeof UpdateTenantBody>;

export const TenantListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [Type.Literal('id'), Type.Literal('-id'), Type.Literal('slug'), Type.Literal('-slug')],
      { default: 'id' },
    ),
    slug: Type.Optional(Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+$' })),
  },
  { additionalProperties: false },
);
export type TenantListQuery = Static<typeof TenantListQuery>;

export const TenantPage = Type.Object({
  items: Type.Array(TenantSchema),
  next_cursor: Type.Optional(Type.String()),
});
