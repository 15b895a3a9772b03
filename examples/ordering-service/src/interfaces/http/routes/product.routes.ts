import type { FastifyPluginCallback } from 'fastify';
import type {
  CreateProduct,
  DeleteProduct,
  MarkProductDiscontinued,
  UpdateProduct,
} from '../../../application/product/commands.js';
import { NotFoundError } from '../../../application/errors.js';
import { ProductId } from '../../../domain/product/product-id.js';
import { etag, ifMatchVersion, notModified, requiredIfMatchVersion } from '../etag.js';
import {
  CreateProductBody,
  ProductListQuery,
  ProductPage,
  ProductSchema,
  UpdateProductBody,
} from '../schemas/product.schemas.js';
import { IdParams, IfMatchHeaders, ProblemSchema } from '../schemas/shared.js';
import type { RouteOptions } from './route-options.js';

const tags = ['products'];
const problems = { '4xx': ProblemSchema };

/** products: create, read, list, change, mark-discontinued and delete. Writes go through the bus. */
export const productRoutes: FastifyPluginCallback<RouteOptions> = (app, { bus, queries }, done) => {
  async function found(id: string) {
    const product = await queries.products.getById(id);
    if (product === undefined) throw new NotFoundError('Product', id);
    return product;
  }

  app.post<{ Body: CreateProductBody }>(
    '',
    {
      schema: {
        tags,
        summary: 'Create a product',
        body: CreateProductBody,
        response: { 201: ProductSchema, ...problems },
      },
    },
    async (request, reply) => {
      const id = ProductId.generate();
      const command: CreateProduct = { type: 'CreateProduct', id, input: request.body };
      await bus.handle(command);
      const product = await found(id);
      return reply
        .code(201)
        .header('location', `${app.prefix}/${id}`)
        .header('etag', etag(product.version))
        .send(product);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Get a product',
        params: IdParams,
        response: { 200: ProductSchema, ...problems },
      },
    },
    async (request, reply) => {
      const product = await found(request.params.id);
      reply.header('etag', etag(product.version));
      if (notModified(request.headers['if-none-match'], product.version))
        return reply.code(304).send();
      return reply.send(product);
    },
  );

  app.get<{ Querystring: ProductListQuery }>(
    '',
    {
      schema: {
        tags,
        summary: 'List products',
        querystring: ProductListQuery,
        response: { 200: ProductPage, ...problems },
      },
    },
    async (request) => {
      const { limit, cursor, sort, ...filter } = request.query;
      const page = await queries.products.list({ limit, cursor, sort, filter });
      return { items: page.items, next_cursor: page.nextCursor };
    },
  );

  app.patch<{ Params: IdParams; Body: UpdateProductBody; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Change a product (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: UpdateProductBody,
        response: { 200: ProductSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: UpdateProduct = {
        type: 'UpdateProduct',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
        changes: request.body,
      };
      await bus.handle(command);
      const product = await found(request.params.id);
      return reply.header('etag', etag(product.version)).send(product);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id/mark-discontinued',
    {
      schema: {
        tags,
        summary: 'Mark a product discontinued (If-Match required)',
        description:
          'The product is no longer sold; its catalogue page is gone. Needs active true; sets active to false, discontinuedOn to today and catalogueUrl cleared.',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: ProductSchema, ...problems },
      },
    },
    async (request, reply) => {
      const command: MarkProductDiscontinued = {
        type: 'MarkProductDiscontinued',
        id: request.params.id,
        expectedVersion: requiredIfMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      const product = await found(request.params.id);
      return reply.header('etag', etag(product.version)).send(product);
    },
  );

  app.delete<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/:id',
    {
      schema: {
        tags,
        summary: 'Delete a product',
        params: IdParams,
        headers: IfMatchHeaders,
        response: problems,
      },
    },
    async (request, reply) => {
      const command: DeleteProduct = {
        type: 'DeleteProduct',
        id: request.params.id,
        expectedVersion: ifMatchVersion(request.headers['if-match']),
      };
      await bus.handle(command);
      return reply.code(204).send();
    },
  );

  done();
};
