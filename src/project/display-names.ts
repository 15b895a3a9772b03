import type { HttpFramework, Orm, TestRunner } from './profile.js';

/** How each detected tool is spelled for people. */
export const FRAMEWORK_NAMES: Record<HttpFramework, string> = {
  fastify: 'Fastify',
  express: 'Express',
  koa: 'Koa',
  hono: 'Hono',
  nestjs: 'NestJS',
};

export const ORM_NAMES: Record<Orm, string> = {
  drizzle: 'Drizzle',
  prisma: 'Prisma',
  typeorm: 'TypeORM',
  sequelize: 'Sequelize',
  'mikro-orm': 'MikroORM',
  knex: 'Knex',
};

export const RUNNER_NAMES: Record<TestRunner, string> = {
  vitest: 'Vitest',
  jest: 'Jest',
  'node:test': 'node:test',
  mocha: 'Mocha',
};
