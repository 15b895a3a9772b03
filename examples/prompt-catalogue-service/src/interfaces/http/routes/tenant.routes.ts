import type { FastifyPluginCallback } from 'fastify';
import type {
  CreateTenant,
  DeleteTenant,
  UpdateTenant,
} from '../../../application/tenant/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { TenantId } from '../../../domain/tenant/tenant-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
import {
  CreateTenantBody,
  TenantListQuery,
  TenantPage,
  TenantSchema,
  UpdateTenantBody,
} from '../schemas/tenant.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['tenants'];
const problems = { '4xx': ProblemSchema };

/** tenants: create, read, list, change and delete. Writes go through the bus. */
export const tenantRoutes: FastifyPluginCallback<RouteOptions> = (app, { bus, queries }, done) => {
  async function found(id: string) {
    const tenant = await queries.tenants.getById(id);
    if (tenant === undefined) throw new NotFoundError('Tenant', id);
    return tenant;
  }

  app.post<{ Body: CreateTenantBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create a tenant',
        body: CreateTenantBody,
        response: { 201: TenantSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = TenantId.generate();
      const command: CreateTenant = { type: 'CreateTenant', id, input: request.body };
      await bus.handle(command);
      const tenant = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(tenant.version))
        .send(tenant);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get a tenant',
        params: IdParams,
        response: { 200: TenantSchema, ...problems },
      },
    },
    async (request, reply) => {
      const tenant = await found(request.params.id);
      reply.header('etag', etag(tenant.version));
      if (notModified(request.headers['if-none-match'], tenant.version))
        return reply.code(304).send();
      return reply.send(tenant);
    },
  );

  app.get<{ Querystring: TenantListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List tenants',
        querystring: TenantListQuery,
        response: { 200: TenantPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.tenants.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateTenantBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a tenant (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateTenantBody,
        response: { 200: TenantSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdateTenant = {
        type: 'UpdateTenant',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const tenant = await found(request.params.id);
      return reply.header('etag', etag(tenant.version)).send(tenant);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a tenant',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeleteTenant = {
        type: 'DeleteTenant',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
