import { Type, type Static } from '@sinclair/typebox';

export const ModelSettingsSchema = Type.Object(
  {
    model: Type.String({ maxLength: 100 }),
    temperature: Type.Optional(Type.String({ pattern: '^-?\\d+(\\.\\d+)?$', default: '0.7' })),
    maxTokens: Type.Optional(Type.Integer({ minimum: 1, maximum: 200000, default: 1024 })),
    streaming: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

const PromptVersionInput = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    body: Type.String(),
    changeNote: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

const PromptVersionSchema = Type.Object({
  id: Type.String(),
  number: Type.Integer({ minimum: 1 }),
  body: Type.String(),
  changeNote: Type.Optional(Type.String({ maxLength: 500 })),
});

const PromptTagInput = Type.Object(
  {
    tagId: Type.String({ format: 'uuid' }),
  },
  { additionalProperties: false },
);

const PromptTagSchema = Type.Object({
  id: Type.String(),
  tagId: Type.String({ format: 'uuid' }),
});

export const PromptSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    tenantId: Type.String({ format: 'uuid' }),
    title: Type.String({ maxLength: 200 }),
    slug: Type.String({ pattern: '^[a-z0-9-]+$' }),
    summary: Type.Optional(Type.String()),
    status: Type.Union([
      Type.Literal('draft'),
      Type.Literal('published'),
      Type.Literal('archived'),
    ]),
    settings: ModelSettingsSchema,
    publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
    reviewOn: Type.Optional(Type.String({ format: 'date' })),
    metadata: Type.Optional(Type.Unknown()),
    externalId: Type.Optional(Type.String({ format: 'uuid' })),
    promptVersions: Type.Array(PromptVersionSchema),
    promptTags: Type.Array(PromptTagSchema),
  },
  { title: 'Prompt' },
);

export const CreatePromptBody = Type.Object(
  {
    tenantId: Type.String({ format: 'uuid' }),
    title: Type.String({ maxLength: 200 }),
    slug: Type.String({ pattern: '^[a-z0-9-]+$' }),
    summary: Type.Optional(Type.String()),
    status: Type.Optional(
      Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')], {
        default: 'draft',
      }),
    ),
    settings: ModelSettingsSchema,
    publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
    reviewOn: Type.Optional(Type.String({ format: 'date' })),
    metadata: Type.Optional(Type.Unknown()),
    externalId: Type.Optional(Type.String({ format: 'uuid' })),
    promptVersions: Type.Optional(Type.Array(PromptVersionInput)),
    promptTags: Type.Optional(Type.Array(PromptTagInput)),
  },
  { additionalProperties: false },
);
export type CreatePromptBody = Static<typeof CreatePromptBody>;

export const UpdatePromptBody = Type.Object(
  {
    tenantId: Type.Optional(Type.String({ format: 'uuid' })),
    title: Type.Optional(Type.String({ maxLength: 200 })),
    slug: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+$' })),
    summary: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    status: Type.Optional(
      Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('archived')]),
    ),
    settings: Type.Optional(ModelSettingsSchema),
    publishedAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    reviewOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    metadata: Type.Optional(Type.Union([Type.Unknown(), Type.Null()])),
    externalId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    promptVersions: Type.Optional(Type.Array(PromptVersionInput)),
    promptTags: Type.Optional(Type.Array(PromptTagInput)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePromptBody = Static<typeof UpdatePromptBody>;

export const PromptListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [Type.Literal('id'), Type.Literal('-id'), Type.Literal('slug'), Type.Literal('-slug')],
      { default: 'id' },
    ),
    tenantId: Type.Optional(Type.String({ format: 'uuid' })),
    slug: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+$' })),
  },
  { additionalProperties: false },
);
export type PromptListQuery = Static<typeof PromptListQuery>;

export const PromptPage = Type.Object({
  items: Type.Array(PromptSchema),
  next_cursor: Type.Optional(Type.String()),
});
