import type { FastifyPluginCallback } from 'fastify';
import type { CreateTag, DeleteTag, UpdateTag } from '../../../application/tag/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { TagId } from '../../../domain/tag/tag-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
import {
  CreateTagBody,
  TagListQuery,
  TagPage,
  TagSchema,
  UpdateTagBody,
} from '../schemas/tag.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['tags'];
const problems = { '4xx': ProblemSchema };

/** tags: create, read, list, change and delete. Writes go through the bus. */
export const tagRoutes: FastifyPluginCallback<RouteOptions> = (app, { bus, queries }, done) => {
  async function found(id: string) {
    const tag = await queries.tags.getById(id);
    if (tag === undefined) throw new NotFoundError('Tag', id);
    return tag;
  }

  app.post<{ Body: CreateTagBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create a tag',
        body: CreateTagBody,
        response: { 201: TagSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = TagId.generate();
      const command: CreateTag = { type: 'CreateTag', id, input: request.body };
      await bus.handle(command);
      const tag = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(tag.version))
        .send(tag);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get a tag',
        params: IdParams,
        response: { 200: TagSchema, ...problems },
      },
    },
    async (request, reply) => {
      const tag = await found(request.params.id);
      reply.header('etag', etag(tag.version));
      if (notModified(request.headers['if-none-match'], tag.version)) return reply.code(304).send();
      return reply.send(tag);
    },
  );

  app.get<{ Querystring: TagListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List tags',
        querystring: TagListQuery,
        response: { 200: TagPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.tags.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateTagBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a tag (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateTagBody,
        response: { 200: TagSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdateTag = {
        type: 'UpdateTag',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const tag = await found(request.params.id);
      return reply.header('etag', etag(tag.version)).send(tag);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a tag',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeleteTag = {
        type: 'DeleteTag',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
