import { describe, expect, it } from 'vitest';
import { planAggregates } from '../../src/aggregate/plan-aggregates.js';
import { GENERATOR_CONFIG_KEY } from '../../src/ast/register-aggregate.js';
import { fieldView } from '../../src/generate/fields.js';
import { aggregateView } from '../../src/generate/model.js';
import { postgresColumns, postgresMigrationSql } from '../../src/generate/postgres.js';
import { renderService, serviceDatabase, type ServiceOptions } from '../../src/generate/render.js';
import { field, promptAggregate, sampleContext, sampleStackRows, scalar } from '../support/sample-context.js';

const postgres: ServiceOptions = {
  serviceName: 'prompt-service',
  db: 'postgres',
  context: sampleContext,
  stackRows: sampleStackRows,
};

describe('--db postgres', () => {
  it('renders Drizzle over postgres.js, without better-sqlite3 or the prepared-statement cache', async () => {
    const files = await renderService(postgres);
    const manifest = JSON.parse(files.get('package.json') ?? '{}') as { dependencies: Record<string, string> };
    expect(manifest.dependencies.postgres).toMatch(/^\^3\./);
    expect(JSON.stringify(manifest)).not.toContain('better-sqlite3');
    expect(files.get('src/infrastructure/db/client.ts')).toContain("from 'drizzle-orm/postgres-js'");
    expect(files.get('src/infrastructure/prompt/prompt.table.ts')).toContain("from 'drizzle-orm/pg-core'");
    expect(files.get('src/infrastructure/unit-of-work.ts')).toContain('this.database.orm.transaction(async (tx)');
    expect(files.get('migrations/0001_init.sql')).toContain('GENERATED ALWAYS AS IDENTITY');
    expect(files.has('src/infrastructure/db/prepared.ts')).toBe(false);
    expect(files.get('.env.example')).toContain('DATABASE_URL=postgres://postgres@127.0.0.1:5432/test');
    for (const [path, content] of files)
      if (path !== 'docs/STACK.md') expect(content, path).not.toMatch(/better-sqlite3|sqliteTable/);
  });

  it('keeps the SQLite service as it was', async () => {
    const sqlite = await renderService({ ...postgres, db: 'sqlite' });
    expect(sqlite.get('src/infrastructure/db/client.ts')).toContain("from 'better-sqlite3'");
    expect(sqlite.has('src/infrastructure/db/prepared.ts')).toBe(true);
  });

  it('writes PostgreSQL column types and DDL', () => {
    const columns = (type: Parameters<typeof scalar>[0]) => postgresColumns(fieldView(field('x', scalar(type))));
    expect(columns('boolean')).toEqual({ drizzle: ["x: boolean('x').notNull()"], sql: ['x BOOLEAN NOT NULL'] });
    expect(columns('json').sql).toEqual(['x JSONB NOT NULL']);
    expect(columns('decimal').sql).toEqual(['x NUMERIC NOT NULL']);
    expect(columns('money').sql).toEqual(['x_minor BIGINT NOT NULL', 'x_currency TEXT COLLATE "C" NOT NULL']);
    expect(columns('string').sql).toEqual(['x TEXT COLLATE "C" NOT NULL']);
    expect(postgresMigrationSql(aggregateView(promptAggregate))).toMatch(/^-- Prompt: generated from the domain model \(PostgreSQL\)/);
  });

  it('adds an aggregate to a PostgreSQL service for PostgreSQL (.yo-rc.json db)', async () => {
    const service = await renderService({ ...postgres, context: { ...sampleContext, aggregates: [] } });
    const plan = await planAggregates({
      serviceName: 'svc',
      config: { db: 'postgres', context: 'Service', aggregates: [], fingerprints: {}, capabilities: [] },
      aggregates: [promptAggregate],
      read: (path) =>
        path === '.yo-rc.json'
          ? JSON.stringify({ [GENERATOR_CONFIG_KEY]: { db: 'postgres', context: 'Service', aggregates: [] } })
          : service.get(path),
      migrationFiles: ['0001_init.sql'],
    });
    expect(plan.created.get('src/infrastructure/prompt/prompt.table.ts')).toContain('pgTable(');
    expect(plan.created.get('migrations/0002_create_prompts.sql')).toContain('(PostgreSQL)');
  });

  it('refuses a database it cannot render', () => {
    expect(() => serviceDatabase('libsql')).toThrow(/not available/);
  });
});
