import { Type, type Static } from '@sinclair/typebox';
import { MoneySchema } from './shared.js';

export const ProductSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    sku: Type.String({ pattern: '^[A-Z0-9-]{3,32}$' }),
    name: Type.String({ maxLength: 200 }),
    listPrice: MoneySchema,
    active: Type.Boolean(),
    attributes: Type.Optional(Type.Unknown()),
    catalogueUrl: Type.Optional(Type.String({ format: 'uri' })),
    discontinuedOn: Type.Optional(Type.String({ format: 'date' })),
  },
  { title: 'Product' },
);

export const CreateProductBody = Type.Object(
  {
    sku: Type.String({ pattern: '^[A-Z0-9-]{3,32}$' }),
    name: Type.String({ maxLength: 200 }),
    listPrice: MoneySchema,
    active: Type.Optional(Type.Boolean({ default: true })),
    attributes: Type.Optional(Type.Unknown()),
    catalogueUrl: Type.Optional(Type.String({ format: 'uri' })),
    discontinuedOn: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);
export type CreateProductBody = Static<typeof CreateProductBody>;

export const UpdateProductBody = Type.Object(
  {
    sku: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{3,32}$' })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    listPrice: Type.Optional(MoneySchema),
    active: Type.Optional(Type.Boolean()),
    attributes: Type.Optional(Type.Union([Type.Unknown(), Type.Null()])),
    catalogueUrl: Type.Optional(Type.Union([Type.String({ format: 'uri' }), Type.Null()])),
    discontinuedOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateProductBody = Static<typeof UpdateProductBody>;

export const ProductListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [
        Type.Literal('id'),
        Type.Literal('-id'),
        Type.Literal('sku'),
        Type.Literal('-sku'),
        Type.Literal('name'),
        Type.Literal('-name'),
      ],
      { default: 'id' },
    ),
    sku: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{3,32}$' })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ProductListQuery = Static<typeof ProductListQuery>;

export const ProductPage = Type.Object({
  items: Type.Array(ProductSchema),
  next_cursor: Type.Optional(Type.String()),
});
