import type { FastifyPluginCallback } from 'fastify';
import type {
  CreatePrompt,
  DeletePrompt,
  MarkPromptArchived,
  MarkPromptPublished,
  UpdatePrompt,
} from '../../../application/prompt/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { PromptId } from '../../../domain/prompt/prompt-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
import {
  CreatePromptBody,
  PromptListQuery,
  PromptPage,
  PromptSchema,
  UpdatePromptBody,
} from '../schemas/prompt.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['prompts'];
const problems = { '4xx': ProblemSchema };

/** prompts: create, read, list, change, mark-published, mark-archived and delete. Writes go through the bus. */
export const promptRoutes: FastifyPluginCallback<RouteOptions> = (app, { bus, queries }, done) => {
  async function found(id: string) {
    const prompt = await queries.prompts.getById(id);
    if (prompt === undefined) throw new NotFoundError('Prompt', id);
    return prompt;
  }

  app.post<{ Body: CreatePromptBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create a prompt',
        body: CreatePromptBody,
        response: { 201: PromptSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = PromptId.generate();
      const command: CreatePrompt = { type: 'CreatePrompt', id, input: request.body };
      await bus.handle(command);
      const prompt = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(prompt.version))
        .send(prompt);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get a prompt',
        params: IdParams,
        response: { 200: PromptSchema, ...problems },
      },
    },
    async (request, reply) => {
      const prompt = await found(request.params.id);
      reply.header('etag', etag(prompt.version));
      if (notModified(request.headers['if-none-match'], prompt.version))
        return reply.code(304).send();
      return reply.send(prompt);
    },
  );

  app.get<{ Querystring: PromptListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List prompts',
        querystring: PromptListQuery,
        response: { 200: PromptPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.prompts.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdatePromptBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a prompt (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdatePromptBody,
        response: { 200: PromptSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdatePrompt = {
        type: 'UpdatePrompt',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const prompt = await found(request.params.id);
      return reply.header('etag', etag(prompt.version)).send(prompt);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-published',
    {
      schema: {
        tags,
        summary: 'Mark a prompt published (If-Match required)',
        description:
          'A version was made the one that is served. Needs status draft; sets status to published and publishedAt to now.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: PromptSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkPromptPublished = {
        type: 'MarkPromptPublished',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      const prompt = await found(request.params.id);
      return reply.header('etag', etag(prompt.version)).send(prompt);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-archived',
    {
      schema: {
        tags,
        summary: 'Mark a prompt archived (If-Match required)',
        description:
          'The prompt no longer serves any version. Needs status draft or published; sets status to archived.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: PromptSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkPromptArchived = {
        type: 'MarkPromptArchived',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      const prompt = await found(request.params.id);
      return reply.header('etag', etag(prompt.version)).send(prompt);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a prompt',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeletePrompt = {
        type: 'DeletePrompt',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
