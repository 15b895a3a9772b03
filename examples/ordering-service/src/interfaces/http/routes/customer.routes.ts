import type { FastifyPluginCallback } from 'fastify';
import type {
  CreateCustomer,
  DeleteCustomer,
  UpdateCustomer,
} from '../../../application/customer/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { CustomerId } from '../../../domain/customer/customer-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
import {
  CreateCustomerBody,
  CustomerListQuery,
  CustomerPage,
  CustomerSchema,
  UpdateCustomerBody,
} from '../schemas/customer.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['customers'];
const problems = { '4xx': ProblemSchema };

/** customers: create, read, list, change and delete. Writes go through the bus. */
export const customerRoutes: FastifyPluginCallback<RouteOptions> = (
  app,
  { bus, queries },
  done,
) => {
  async function found(id: string) {
    const customer = await queries.customers.getById(id);
    if (customer === undefined) throw new NotFoundError('Customer', id);
    return customer;
  }

  app.post<{ Body: CreateCustomerBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create a customer',
        body: CreateCustomerBody,
        response: { 201: CustomerSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = CustomerId.generate();
      const command: CreateCustomer = { type: 'CreateCustomer', id, input: request.body };
      await bus.handle(command);
      const customer = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(customer.version))
        .send(customer);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get a customer',
        params: IdParams,
        response: { 200: CustomerSchema, ...problems },
      },
    },
    async (request, reply) => {
      const customer = await found(request.params.id);
      reply.header('etag', etag(customer.version));
      if (notModified(request.headers['if-none-match'], customer.version))
        return reply.code(304).send();
      return reply.send(customer);
    },
  );

  app.get<{ Querystring: CustomerListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List customers',
        querystring: CustomerListQuery,
        response: { 200: CustomerPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.customers.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateCustomerBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a customer (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateCustomerBody,
        response: { 200: CustomerSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdateCustomer = {
        type: 'UpdateCustomer',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const customer = await found(request.params.id);
      return reply.header('etag', etag(customer.version)).send(customer);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a customer',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeleteCustomer = {
        type: 'DeleteCustomer',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
