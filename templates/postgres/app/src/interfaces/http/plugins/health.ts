import type { FastifyPluginCallback } from 'fastify';
import { Type } from '@sinclair/typebox';

const Health = Type.Object({ status: Type.String() });

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginCallback<{ isReady: () => Promise<boolean> }> = (
  app,
  { isReady },
  done,
) => {
  app.get('/live', { schema: { tags: ['health'], response: { 200: Health } } }, (_request, reply) =>
    reply.send({ status: 'ok' }),
  );
  app.get(
    '/ready',
    { schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_request, reply) =>
      (await isReady())
        ? reply.send({ status: 'ready' })
        : reply.code(503).send({ status: 'database unavailable' }),
  );
  done();
};
