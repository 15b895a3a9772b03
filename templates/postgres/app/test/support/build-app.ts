import type { FastifyInstance } from 'fastify';
import { bootstrap, type BootstrapOptions, type Services } from '../../src/bootstrap.js';
import { buildApp } from '../../src/interfaces/http/app.js';
import { migratedDatabase, TEST_DATABASE_URL } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  close(): Promise<void>;
}

/** The real app over a schema of its own on the test server: no port (`app.inject`). */
export async function buildTestApp(overrides: Partial<BootstrapOptions> = {}): Promise<TestApp> {
  const database = await migratedDatabase();
  const services = await bootstrap({ databaseUrl: TEST_DATABASE_URL, database, ...overrides });
  const app = await buildApp({ services });
  return {
    app,
    services,
    close: async () => {
      await app.close();
      await services.close();
    },
  };
}
