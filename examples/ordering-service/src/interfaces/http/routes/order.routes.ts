import type { FastifyPluginCallback } from 'fastify';
import type { CreateOrder, DeleteOrder, UpdateOrder } from '../../../application/order/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { OrderId } from '../../../domain/order/order-id.js';
import { etag, ifMatchVersion, requiredIfMatchVersion } from '../etag.js';
import {
  CreateOrderBody,
  OrderListQuery,
  OrderPage,
  OrderSchema,
  UpdateOrderBody,
} from '../schemas/order.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['orders'];
const problems = { '4xx': ProblemSchema };

/** orders: create, read, list, change and delete. Writes go through the bus. */
export const orderRoutes: FastifyPluginCallback<RouteOptions> = (app, { bus, queries }, done) => {
  async function found(id: string) {
    const order = await queries.orders.getById(id);
    if (order === undefined) throw new NotFoundError('Order', id);
    return order;
  }

  app.post<{ Body: CreateOrderBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create an order',
        body: CreateOrderBody,
        response: { 201: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = OrderId.generate();
      const command: CreateOrder = { type: 'CreateOrder', id, input: request.body };
      await bus.handle(command);
      const order = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(order.version))
        .send(order);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get an order',
        params: IdParams,
        response: { 200: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const order = await found(request.params.id);
      return reply.header('etag', etag(order.version)).send(order);
    },
  );

  app.get<{ Querystring: OrderListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List orders',
        querystring: OrderListQuery,
        response: { 200: OrderPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.orders.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateOrderBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change an order (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateOrderBody,
        response: { 200: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdateOrder = {
        type: 'UpdateOrder',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const order = await found(request.params.id);
      return reply.header('etag', etag(order.version)).send(order);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete an order',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeleteOrder = {
        type: 'DeleteOrder',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
