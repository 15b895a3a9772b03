import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from '../../bootstrap.js';
import { healthRoutes } from './plugins/health.js';
import { useJsonBodies } from './plugins/json-bodies.js';
import { registerOpenApi } from './plugins/openapi.js';
import { useProblemDetails } from './plugins/problem-details.js';
import { useSecurityHeaders } from './plugins/security-headers.js';
import { useWebSockets } from './plugins/websocket.js';
import { useRateLimit } from './plugins/rate-limit.js';
import { useAuth } from './plugins/auth.js';
import { requestLoggerFactory } from './request-logger.js';
import { tenantRoutes } from './routes/tenant.routes.js';
import { tagRoutes } from './routes/tag.routes.js';
import { promptRoutes } from './routes/prompt.routes.js';
import { eventStreamRoutes } from './routes/event-stream.routes.js';
import { llmRoutes } from './routes/llm.routes.js';

export interface AppOptions {
  services: Services;
  corsOrigins?: boolean | string[];
  logger?: FastifyBaseLogger;
}

/** Builds the HTTP application without listening: tests call `app.inject()` on it. */
export async function buildApp({
  services,
  corsOrigins = false,
  logger,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger === undefined
      ? { logger: false }
      : { loggerInstance: logger, childLoggerFactory: requestLoggerFactory }),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  useSecurityHeaders(app);
  useProblemDetails(app);
  useJsonBodies(app);
  if (corsOrigins !== false) await app.register(cors, { origin: corsOrigins });
  await useRateLimit(app, services.rateLimit, services.redis);
  useAuth(app, services.auth, services.apiKeys);
  await registerOpenApi(app);
  await useWebSockets(app, services.websocket);
  await app.register(eventStreamRoutes, {
    prefix: '/api/v1/events',
    hub: services.eventHub,
    settings: services.websocket,
  });
  await app.register(healthRoutes, { prefix: '/health', isReady: () => services.isReady() });

  await app.register(tenantRoutes, {
    prefix: '/api/v1/tenants',
    bus: services.bus,
    queries: services.queries,
  });
  await app.register(tagRoutes, {
    prefix: '/api/v1/tags',
    bus: services.bus,
    queries: services.queries,
  });
  await app.register(promptRoutes, {
    prefix: '/api/v1/prompts',
    bus: services.bus,
    queries: services.queries,
  });
  await app.register(llmRoutes, { prefix: '/api/v1/llm', textGenerator: services.textGenerator });
  return app;
}
