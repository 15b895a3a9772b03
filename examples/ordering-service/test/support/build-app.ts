import type { FastifyInstance } from 'fastify';
import { bootstrap, type BootstrapOptions, type Services } from '../../src/bootstrap.js';
import { buildApp } from '../../src/interfaces/http/app.js';
import { authorizeByDefault } from './auth.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}

/** The real app over an in-memory database: no port, no network (`app.inject`). */
export async function buildTestApp(overrides: Partial<BootstrapOptions> = {}): Promise<TestApp> {
  const services = bootstrap({ databaseUrl: ':memory:', migrate: true, ...overrides });
  const app = await buildApp({ services });
  authorizeByDefault(app);
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
