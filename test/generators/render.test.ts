import { describe, expect, it } from 'vitest';
import {
  domainToPlain,
  fieldView,
  fromPlain,
  fromRow,
  inputToDomain,
  lit,
  options,
  rowToPlain,
  toRow,
} from '../../src/generate/fields.js';
import { formatAsPrettier, parserFor, PRETTIER_VERSION } from '../../src/generate/format.js';
import { aggregateView, eventMethod, migrationSql } from '../../src/generate/model.js';
import {
  outputPath,
  renderAggregate,
  renderService,
  verbatimTemplates,
  type ServiceOptions,
} from '../../src/generate/render.js';
import { ranges, violations } from '../../src/generate/test-data.js';
import { names } from '../../src/naming.js';
import {
  categoryAggregate,
  field,
  promptAggregate,
  sampleContext,
  sampleStackRows,
  scalar,
} from '../support/sample-context.js';

const options_: ServiceOptions = {
  serviceName: 'prompt-service',
  db: 'sqlite',
  context: sampleContext,
  stackRows: sampleStackRows,
  specFile: 'specs/backend-developer.md',
};

describe('field views', () => {
  it.each([
    ['string', 'string', 'string', 'Type.String({ minLength: 1, maxLength: 5 })', 'TEXT NOT NULL'],
    ['int', 'number', 'number', 'Type.Integer({ minimum: 1, maximum: 5 })', 'INTEGER NOT NULL'],
    ['boolean', 'boolean', 'boolean', 'Type.Boolean()', 'INTEGER NOT NULL'],
    ['datetime', 'Date', 'string', "Type.String({ format: 'date-time' })", 'TEXT NOT NULL'],
    ['decimal', 'string', 'string', "Type.String({ pattern: '^-?\\\\d+(\\\\.\\\\d+)?$' })", 'TEXT NOT NULL'],
    ['json', 'unknown', 'unknown', 'Type.Unknown()', 'TEXT NOT NULL'],
  ] as const)('%s → domain %s, JSON %s, %s, %s', (type, domain, plain, schema, sql) => {
    const view = fieldView(field('x', scalar(type), { min: 1, max: 5 }));
    expect([view.domainType, view.plainType, view.schema, view.sql[0]]).toEqual([domain, plain, schema, `x ${sql}`]);
  });

  it('stores money as integer minor units plus a currency column', () => {
    const view = fieldView(field('price', scalar('money'), { optional: true }));
    expect(view.sql).toEqual(['price_minor INTEGER', 'price_currency TEXT']);
    expect(toRow(view, 'p.price')).toEqual([
      'priceMinor: p.price?.minor ?? null',
      'priceCurrency: p.price?.currency ?? null',
    ]);
    expect(fromRow(view, 'row')).toBe(
      'row.priceMinor === null || row.priceCurrency === null ? undefined : Money.fromMinor(row.priceMinor, row.priceCurrency)',
    );
  });

  it('names a reference after the id it holds and never indexes json or money', () => {
    const ref = fieldView(field('category', { kind: 'reference', aggregate: 'Category' }));
    expect([ref.name, ref.column, ref.domainType, ref.filterable]).toEqual([
      'categoryId',
      'category_id',
      'CategoryId',
      true,
    ]);
    expect(fieldView(field('meta', scalar('json'), { indexed: true })).filterable).toBe(false);
  });

  it('keeps defaults out of the update schema and in the create schema', () => {
    const view = fieldView(field('n', scalar('int'), { default: 3 }));
    expect(view.schema).toBe('Type.Integer()');
    expect(view.createSchema).toBe('Type.Integer({ default: 3 })');
    expect(view.required).toBe(false);
  });

  it('enums become a CHECK constraint and a literal union', () => {
    const view = fieldView(field('status', scalar('enum', ['a', "b'c"])));
    expect(view.domainType).toBe("'a' | 'b\\'c'");
    expect(view.sql[0]).toBe("status TEXT NOT NULL CHECK (status IN ('a', 'b''c'))");
  });

  it('guards a value on its way into the domain', () => {
    const f = field('title', scalar('string'), { max: 9, pattern: '^a' });
    expect(fromPlain(f, fieldView(f), 'v')).toBe("text('title', v, { max: 9, pattern: new RegExp('^a', 'u') })");
    const optional = field('at', scalar('datetime'), { optional: true });
    expect(inputToDomain(optional, fieldView(optional), 'input')).toBe(
      "input.at === undefined ? undefined : dateTime('at', input.at)",
    );
    expect(domainToPlain(fieldView(optional), 'p.at')).toBe('p.at === undefined ? undefined : p.at.toISOString()');
    expect(rowToPlain(fieldView(optional), 'row')).toBe('row.at ?? undefined');
  });

  it('prints TypeScript literals and option objects', () => {
    expect(lit("it's")).toBe("'it\\'s'");
    expect(options({ a: 1, b: undefined, c: 'x' })).toBe("{ a: 1, c: 'x' }");
    expect(options({})).toBe('');
  });
});

describe('aggregate model', () => {
  it('derives filters, sorts, tables and intent methods', () => {
    const a = aggregateView(promptAggregate);
    expect(a.filters.map((p) => p.view.name)).toEqual([
      'title',
      'slug',
      'isPublic',
      'ownerEmail',
      'status',
      'categoryId',
    ]);
    expect(a.sorts.map((p) => p.view.name)).toEqual(['title', 'slug', 'ownerEmail', 'status']);
    expect(a.entities[0]).toMatchObject({
      table: 'prompt_revisions',
      property: 'revisions',
    });
    expect(eventMethod(names('Prompt'), names('PromptPublished'))).toBe('markPublished');
  });

  it('writes the migration SQL in a stable order', () => {
    const sql = migrationSql(aggregateView(categoryAggregate));
    expect(sql).toContain('CREATE TABLE categories (');
    expect(sql).toContain('CREATE UNIQUE INDEX categories_name_unique ON categories (name);');
    expect(sql).toContain('CREATE INDEX categories_position_idx ON categories (position, id);');
  });

  it('lists a broken value for each rule and the ranges to explore', () => {
    const a = aggregateView(categoryAggregate);
    expect(violations(a).map((v) => `${v.field} ${v.rule}`)).toEqual([
      'name longer than 60 characters',
      'name shorter than 2 characters',
      'position below 0',
    ]);
    expect(ranges(a)).toEqual([
      {
        field: 'name',
        inside: 'fc.string({ minLength: 2, maxLength: 60 })',
        outside: 'fc.oneof(fc.string({ maxLength: 1 }), fc.string({ minLength: 61, maxLength: 100 }))',
      },
      {
        field: 'position',
        inside: 'fc.integer({ min: 0, max: 1000000 })',
        outside: 'fc.integer({ max: -1 })',
      },
    ]);
  });
});

describe('paths and formatting', () => {
  it('maps template paths to output paths', () => {
    expect(
      outputPath('src/domain/__aggregate__/__aggregate__.ts.ejs', {
        aggregate: 'prompt',
      }),
    ).toBe('src/domain/prompt/prompt.ts');
    expect(outputPath('_gitignore', {})).toBe('.gitignore');
    expect(outputPath('.github/workflows/ci.yml', {})).toBe('.github/workflows/ci.yml');
  });

  it('formats what prettier formats and leaves the rest', () => {
    expect(parserFor('src/a.ts')).toBe('typescript');
    expect(parserFor('package.json')).toBe('json-stringify');
    expect(parserFor('migrations/0001_init.sql')).toBeUndefined();
    expect(parserFor('Dockerfile')).toBeUndefined();
  });

  it('keeps the templates copied verbatim already formatted (they are not formatted at render)', async () => {
    for (const t of verbatimTemplates())
      expect(await formatAsPrettier(outputPath(t.path, {}), t.source), t.path).toBe(t.source);
  });

  it('pins in the generated project the prettier that formatted it', async () => {
    const { createRequire } = await import('node:module');
    const installed = (
      createRequire(import.meta.url)('prettier/package.json') as {
        version: string;
      }
    ).version;
    expect(PRETTIER_VERSION).toBe(installed);
  });
});

describe('renderService', () => {
  it('writes the shell, every slice and registers each aggregate', async () => {
    const files = await renderService(options_);
    const paths = [...files.keys()];
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(
      expect.arrayContaining([
        '.gitignore',
        '.prettierrc.json',
        '.env.example',
        'package.json',
        'migrations/0001_init.sql',
        'migrations/0002_create_prompts.sql',
        'migrations/0003_create_categories.sql',
        'src/domain/prompt/prompt.ts',
        'src/domain/prompt/model-settings.ts',
        'src/domain/prompt/revision.ts',
        'src/infrastructure/prompt/drizzle-prompt.queries.ts',
        'src/interfaces/http/routes/category.routes.ts',
        'test/unit/architecture.test.ts',
        'test/e2e/prompt.api.test.ts',
        'docs/STACK.md',
        'docs/domain.md',
        'bench/load.ts',
      ]),
    );
    expect(paths.some((p) => p.includes('__') || p.endsWith('.ejs'))).toBe(false);
    expect(files.get('src/infrastructure/db/schema.ts')).toContain("export * from '../prompt/prompt.table.js';");
    expect(files.get('src/interfaces/http/app.ts')).toContain("prefix: '/api/v1/categories'");
    expect(files.get('src/bootstrap.ts')).toContain('...promptCommandHandlers,');
    expect(JSON.parse(files.get('package.json') ?? '{}')).toMatchObject({
      name: 'prompt-service',
      type: 'module',
    });
    expect(files.get('docs/STACK.md')).toMatch(/\| FastAPI +\| 12, 40 +\|/);
    expect(files.get('docs/domain.md')).toContain('classDiagram');
  });

  it('is deterministic: two renders are byte-identical', async () => {
    const [a, b] = await Promise.all([renderService(options_), renderService(options_)]);
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('renders one slice with the migration number it is given', async () => {
    const files = await renderAggregate(options_, categoryAggregate, {
      migrationNumber: 7,
    });
    expect(files.has('migrations/0007_create_categories.sql')).toBe(true);
    expect(files.has('src/bootstrap.ts')).toBe(false);
    expect([...files.keys()].every((p) => p.includes('category') || p.startsWith('migrations/'))).toBe(true);
  });
});
