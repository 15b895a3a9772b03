import type { FastifyPluginCallback } from 'fastify';
import type {
  CreateOrder,
  DeleteOrder,
  MarkOrderCancelled,
  MarkOrderPlaced,
  MarkOrderShipped,
  UpdateOrder,
} from '../../../application/order/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { OrderId } from '../../../domain/order/order-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
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

/** orders: create, read, list, change, mark-placed, mark-shipped, mark-cancelled and delete. Writes go through the bus. */
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
      reply.header('etag', etag(order.version));
      if (notModified(request.headers['if-none-match'], order.version))
        return reply.code(304).send();
      return reply.send(order);
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

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-placed',
    {
      schema: {
        tags,
        summary: 'Mark an order placed (If-Match required)',
        description:
          'The customer confirmed the order; its total is now fixed. Needs status pending; sets status to placed and placedAt to now.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkOrderPlaced = {
        type: 'MarkOrderPlaced',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      const order = await found(request.params.id);
      return reply.header('etag', etag(order.version)).send(order);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-shipped',
    {
      schema: {
        tags,
        summary: 'Mark an order shipped (If-Match required)',
        description: 'The order left the warehouse. Needs status placed; sets status to shipped.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkOrderShipped = {
        type: 'MarkOrderShipped',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      const order = await found(request.params.id);
      return reply.header('etag', etag(order.version)).send(order);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-cancelled',
    {
      schema: {
        tags,
        summary: 'Mark an order cancelled (If-Match required)',
        description:
          'The customer withdrew the order before it shipped. Needs status pending or placed; sets status to cancelled.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: OrderSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkOrderCancelled = {
        type: 'MarkOrderCancelled',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
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
