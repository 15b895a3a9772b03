import { Type, type Static } from '@sinclair/typebox';

export const TagSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    tenantId: Type.String({ format: 'uuid' }),
    label: Type.String({ maxLength: 40 }),
    colour: Type.String({ maxLength: 7, pattern: '^#[0-9a-f]{6}$' }),
  },
  { title: 'Tag' },
);

export const CreateTagBody = Type.Object(
  {
    tenantId: Type.String({ format: 'uuid' }),
    label: Type.String({ maxLength: 40 }),
    colour: Type.Optional(
      Type.String({ maxLength: 7, pattern: '^#[0-9a-f]{6}$', default: '#888888' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateTagBody = Static<typeof CreateTagBody>;

export const UpdateTagBody = Type.Object(
  {
    tenantId: Type.Optional(Type.String({ format: 'uuid' })),
    label: Type.Optional(Type.String({ maxLength: 40 })),
    colour: Type.Optional(Type.String({ maxLength: 7, pattern: '^#[0-9a-f]{6}$' })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTagBody = Static<typeof UpdateTagBody>;

export const TagListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [Type.Literal('id'), Type.Literal('-id'), Type.Literal('label'), Type.Literal('-label')],
      { default: 'id' },
    ),
    tenantId: Type.Optional(Type.String({ format: 'uuid' })),
    label: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type TagListQuery = Static<typeof TagListQuery>;

export const TagPage = Type.Object({
  items: Type.Array(TagSchema),
  next_cursor: Type.Optional(Type.String()),
});
