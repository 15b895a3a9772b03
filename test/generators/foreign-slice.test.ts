/**
 * `aggregate` and `add` in the fixture repositories the tool did not create, run in-process
 * on copies: where the files go, how they import and are formatted, what is refused.
 * test/e2e/foreign-repos.test.ts installs the same repositories and runs their own checks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { repo } from '../unit/project/fixture-repos.js';

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `foreign-${name.replaceAll('/', '-')}-`));
  copies.push(dir);
  cpSync(repo(name.split('/')[0] as string), dir, { recursive: true });
  return name.includes('/') ? path.join(dir, name.slice(name.indexOf('/') + 1)) : dir;
}

async function cli(cwd: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { cwd, stdinIsTTY: false, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, 'agent-backend', io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const INVOICE = ['aggregate', 'Invoice', '--field', 'number:string', '--field', 'amount:money'];

describe('aggregate in a repository the tool did not create', () => {
  it('ESM + Fastify + Vitest: .js imports, the repository’s prettier (no semicolons), tests in test/', async () => {
    const dir = copyOf('esm-fastify');
    const result = await cli(dir, ...INVOICE);
    expect(result.code, result.err).toBe(0);
    const service = read(dir, 'src/invoice/invoice-service.ts');
    expect(service).toContain("from '../ddd/domain-event.js'\n");
    expect(service).not.toMatch(/;\n/);
    expect(read(dir, 'test/invoice/invoice.test.ts')).toContain("from 'vitest'");
    expect(read(dir, 'src/app.ts')).toContain("app.register(invoiceRoutes, { prefix: '/invoices' })");
    expect(result.out).toContain('Next: pnpm typecheck && pnpm test');
  });

  it('CommonJS + Express + Jest: no extensions, 4 spaces and double quotes, __tests__ beside the slice', async () => {
    const dir = copyOf('cjs-express');
    expect((await cli(dir, ...INVOICE)).code).toBe(0);
    const routes = read(dir, 'src/invoice/invoice-routes.ts');
    expect(routes).toContain('import { InvoiceService } from "./invoice-service";');
    expect(routes).toContain('\n    const router = express.Router();');
    const test = read(dir, 'src/invoice/__tests__/invoice.spec.ts');
    expect(test).not.toContain('vitest');
    expect(test).toContain('from "../invoice"');
    expect(read(dir, 'src/app.ts')).toContain('app.use("/invoices", invoiceRouter());');
  });

  it('monorepo package: the tests and the server import through the @app alias, as theirs do', async () => {
    const dir = copyOf('monorepo/packages/api');
    expect((await cli(dir, ...INVOICE)).code).toBe(0);
    expect(read(dir, 'test/invoice/invoice.spec.ts')).toContain("from '@app/invoice/invoice';");
    expect(read(dir, 'src/http/server.ts')).toContain("import { invoiceRoutes } from '@app/invoice/invoice-routes';");
    expect(read(dir, 'src/invoice/invoice-service.ts')).toContain("from './invoice';");
  });

  it('no HTTP framework: no routes and no registration, tests for node:test', async () => {
    const dir = copyOf('worker-node-test');
    const result = await cli(dir, ...INVOICE);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('invoice-routes');
    expect(result.out).not.toContain('Edited');
    expect(read(dir, 'test/invoice/invoice.test.ts')).toContain("from 'node:assert/strict'");
  });

  it('treats a .yo-rc.json of another Yeoman generator as a repository it did not create', async () => {
    const dir = copyOf('esm-fastify');
    writeFileSync(path.join(dir, '.yo-rc.json'), '{ "generator-node": { "promptValues": {} } }\n');
    const result = await cli(dir, ...INVOICE);
    expect(result.code, result.err).toBe(0);
    expect(read(dir, 'src/invoice/invoice.ts')).toContain('class Invoice');
  });

  it('--from: every aggregate of a domain file, value objects as checked interfaces; child entities refused', async () => {
    const dir = copyOf('esm-fastify');
    const domain = path.resolve('test/fixtures/domains/foreign-invoice.md');
    expect((await cli(dir, 'aggregate', '--from', domain)).code).toBe(0);
    const invoice = read(dir, 'src/invoice/invoice.ts');
    expect(invoice).toContain('export interface Address {');
    expect(invoice).toContain('billingAddress: optional(input.billingAddress, check.billingAddress)');
    expect(read(dir, 'src/app.ts')).toMatch(/customerRoutes[\s\S]*invoiceRoutes/);
    const withEntities = await cli(dir, 'aggregate', '--from', path.resolve('examples/domains/prompt-catalogue.md'));
    expect(withEntities.code).toBe(1);
    expect(withEntities.err).toMatch(/prompt-catalogue\.md:\d+.*child entities \(PromptVersion, PromptTag\)/);
  });

  it('--in chooses the folder; the kernel stays in <source>/ddd', async () => {
    const dir = copyOf('esm-fastify');
    expect((await cli(dir, ...INVOICE, '--in', 'src/billing')).code).toBe(0);
    expect(read(dir, 'src/billing/invoice.ts')).toContain("from '../ddd/aggregate-root.js'");
  });

  it('lists a file in the way and writes nothing; --force overwrites it', async () => {
    const dir = copyOf('esm-fastify');
    await cli(dir, ...INVOICE);
    writeFileSync(path.join(dir, 'src/invoice/invoice-service.ts'), '// mine\n');
    const app = read(dir, 'src/app.ts');
    const refused = await cli(dir, 'aggregate', 'Invoice', '--field', 'number:string', '--field', 'amount:int');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^error: .*src\/invoice\/invoice-service\.ts.*--force/);
    expect(read(dir, 'src/invoice/invoice-service.ts')).toBe('// mine\n');
    expect(read(dir, 'src/app.ts')).toBe(app);
    expect((await cli(dir, ...INVOICE, '--force')).code).toBe(0);
    expect(read(dir, 'src/invoice/invoice-service.ts')).toContain('class InvoiceService');
  });

  it('--dry-run shows the registration diff and writes nothing', async () => {
    const dir = copyOf('esm-fastify');
    const result = await cli(dir, ...INVOICE, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.out).toContain("+  app.register(invoiceRoutes, { prefix: '/invoices' })");
    expect(() => read(dir, 'src/invoice/invoice.ts')).toThrow();
  });

  it.each([
    ['koa-service', /Koa is not supported yet/],
    ['plain-js', /no TypeScript here/],
    ['monorepo', /monorepo root .* cd packages\/api/],
  ])('refuses %s with one line, writing nothing', async (name, message) => {
    const dir = copyOf(name);
    const result = await cli(dir, ...INVOICE);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
  });
});

describe('add in a repository the tool did not create', () => {
  it('llm: the port, fake and LangChain adapter in src/llm, routes registered, dependencies in package.json', async () => {
    const dir = copyOf('cjs-express');
    const result = await cli(dir, 'add', 'llm');
    expect(result.code, result.err).toBe(0);
    expect(read(dir, 'src/llm/fake-text-generator.ts')).toContain('from "./text-generator";');
    expect(read(dir, 'src/llm/completion-input.ts')).toContain('from "../ddd/guards";');
    expect(read(dir, 'src/app.ts')).toContain('app.use("/llm", llmRouter());');
    const pkg = JSON.parse(read(dir, 'package.json')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['@langchain/core', '@langchain/openai']));
    expect(result.out).toContain('Next: npm install && npm run typecheck && npm run test');
  });

  it('cache: the read cache port, in-process and Redis adapters, settings from the environment; no routes', async () => {
    const dir = copyOf('worker-node-test');
    const result = await cli(dir, 'add', 'cache');
    expect(result.code, result.err).toBe(0);
    expect(read(dir, 'src/cache/memory-read-cache.ts')).toContain("from './read-cache.js';");
    expect(read(dir, 'test/cache/read-cache.test.ts')).toContain("from 'node:test'");
    expect(result.out).not.toContain('src/ddd/');
    expect(JSON.parse(read(dir, 'package.json')).dependencies).toEqual({ ioredis: expect.any(String) });
  });

  it('refuses a capability that needs a generated service, naming the ones it can add', async () => {
    const dir = copyOf('esm-fastify');
    const result = await cli(dir, 'add', 'queue');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/queue cannot be added to a repository the tool did not create.*here: llm, cache/);
  });
});
