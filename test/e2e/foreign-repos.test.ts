/**
 * Issue 6, end to end: the fixture repositories the tool did not create (test/fixtures/repos)
 * get an aggregate and the capabilities `add` offers there (llm, cache) from the built CLI; then each repository's own `typecheck`
 * and `test` scripts pass (and run the new tests, plus a probe of ours that calls the new routes
 * through the repository's own app), a re-run changes nothing, and `git diff` of
 * the files that were there shows additions only, in the registration files alone.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mustCli } from './support/aggregate-service.js';
import { mustRun, repoRoot } from './support/processes.js';
import { redisUnreachable, redisUrl } from './support/redis.js';

// The cache capability's Redis test runs when REDIS_URL is set: always in CI (a missing server
// fails it there), elsewhere only when a server answers.
const redisMissing = await redisUnreachable();
if (redisMissing && process.env.CI !== 'true') console.warn(`Redis at ${redisUrl} not reachable (${redisMissing}): the fixtures' Redis cache test is skipped`);
const testEnv = { NO_COLOR: '1', FORCE_COLOR: '0', ...(redisMissing && process.env.CI !== 'true' ? {} : { REDIS_URL: redisUrl }) };

interface Fixture {
  name: string;
  /** where the scripts run, inside the copy (`packages/api` in the monorepo) */
  packageDir: string;
  /** files besides package.json that may change: where the routes are registered */
  registration: string[];
  /** a file of the slice, to check the layout the repository's conventions chose */
  sliceFile: string;
  /** what the repository's test output names when the new tests ran */
  ranTests: RegExp;
  /** a test of ours, written into the copy: the routes answer through the repository's own app */
  probe?: { file: string; source: string };
}

/** Through the app the repository builds: POST /invoices → 201, POST /llm/completions → the fake's text. */
const FASTIFY_PROBE = (imports: string, build: string) => `import { expect, it } from 'vitest';
${imports}

it('serves the new routes on the repository’s own app', async () => {
  const app = await ${build};
  const created = await app.inject({ method: 'POST', url: '/invoices', payload: { number: 'INV-1', amount: { amount: '10.00', currency: 'EUR' }, customerId: 'c-1' } });
  expect(created.statusCode).toBe(201);
  const completion = await app.inject({ method: 'POST', url: '/llm/completions', payload: { prompt: 'hi' } });
  expect(completion.json().model).toBe('fake');
});
`;

const FIXTURES: Fixture[] = [
  {
    name: 'esm-fastify',
    packageDir: '.',
    registration: ['src/app.ts'],
    sliceFile: 'test/invoice/invoice-routes.test.ts',
    ranTests: /test\/invoice\/invoice-routes\.test\.ts/,
    probe: {
      file: 'test/probe.test.ts',
      source: FASTIFY_PROBE(
        "import { buildApp } from '../src/app.js';",
        'buildApp({ notes: { find: async () => undefined, add: async () => ({ id: 1, title: "", body: "" }) } })',
      ),
    },
  },
  {
    name: 'cjs-express',
    packageDir: '.',
    registration: ['src/app.ts'],
    sliceFile: 'src/invoice/__tests__/invoice-routes.spec.ts',
    ranTests: /src\/invoice\/__tests__\/invoice-routes\.spec\.ts/,
    probe: {
      file: 'src/__tests__/probe.spec.ts',
      source: `import { AddressInfo } from "node:net";
import { createApp } from "../app";

it("serves the new routes on the repository's own app", async () => {
    const server = createApp().listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const base = \`http://127.0.0.1:\${(server.address() as AddressInfo).port}\`;
    const post = (path: string, body: unknown) =>
        fetch(base + path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const created = await post("/invoices", { number: "INV-1", amount: { amount: "10.00", currency: "EUR" }, customerId: "c-1" });
    expect(created.status).toBe(201);
    expect(((await (await post("/llm/completions", { prompt: "hi" })).json()) as { model: string }).model).toBe("fake");
    await new Promise((resolve) => server.close(resolve));
});
`,
    },
  },
  {
    name: 'monorepo',
    packageDir: 'packages/api',
    registration: ['packages/api/src/http/server.ts'],
    sliceFile: 'packages/api/test/invoice/invoice-routes.spec.ts',
    ranTests: /test\/invoice\/invoice-routes\.spec\.ts/,
    probe: { file: 'test/probe.spec.ts', source: FASTIFY_PROBE("import { createServer } from '@app/http/server';", 'createServer()') },
  },
  {
    name: 'worker-node-test',
    packageDir: '.',
    registration: [],
    sliceFile: 'test/invoice/invoice.test.ts',
    ranTests: /InvoiceService/,
  },
];

const ADD_INVOICE = ['aggregate', '--from', join(repoRoot, 'test/fixtures/domains/foreign-invoice.md')];

const work = mkdtempSync(join(tmpdir(), 'cab-foreign-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (dir: string, ...args: string[]) => mustRun('git', args, dir).stdout;

/**
 * The lines of a file's diff that are not pure additions. A JSON line that only gained the comma
 * a new entry after it needs (`"fastify": "^5"` → `"fastify": "^5",`) counts as unchanged.
 */
function changedLines(root: string, file: string): string[] {
  const diff = git(root, 'diff', '-U0', '--', file).split('\n');
  const added = new Set(diff.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1)));
  return diff
    .filter((l) => l.startsWith('-') && !l.startsWith('---'))
    .map((l) => l.slice(1))
    .filter((removed) => !(file.endsWith('.json') && added.has(`${removed},`)));
}

function copyFixture(name: string): string {
  const dir = join(work, name);
  cpSync(join(repoRoot, 'test/fixtures/repos', name), dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-qm', 'the repository as it was');
  return dir;
}

describe.each(FIXTURES)('a repository the tool did not create: $name', (fixture) => {
  const root = join(work, fixture.name);
  const pkg = join(root, fixture.packageDir);

  it('takes an aggregate and the llm and cache capabilities, changing only its registration files and package.json', () => {
    copyFixture(fixture.name);
    mustCli('agent-backend', ADD_INVOICE, pkg);
    mustCli('agent-backend', ['add', 'llm'], pkg);
    mustCli('agent-backend', ['add', 'cache'], pkg);
    const changed = git(root, 'diff', '--numstat').trim().split('\n').filter(Boolean);
    const expected = [...fixture.registration, `${fixture.packageDir === '.' ? '' : `${fixture.packageDir}/`}package.json`];
    for (const line of changed) {
      const [added, , file = ''] = line.split('\t');
      expect(expected, `${file} was changed`).toContain(file);
      expect(Number(added)).toBeGreaterThan(0);
      expect(changedLines(root, file), `${file}: lines changed, not only added`).toEqual([]);
    }
    expect(changed).toHaveLength(expected.length);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toContain(fixture.sliceFile);
  });

  it('changes nothing when the same commands run again', () => {
    const before = git(root, 'status', '--porcelain', '--untracked-files=all') + git(root, 'diff');
    const again = mustCli('agent-backend', ADD_INVOICE, pkg).stdout;
    expect(again).toContain('Customer: already there');
    expect(again).toContain('Invoice: already there');
    mustCli('agent-backend', ['add', 'llm'], pkg);
    mustCli('agent-backend', ['add', 'cache'], pkg);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all') + git(root, 'diff')).toBe(before);
  });

  it("passes the repository's own typecheck and tests, new tests included", () => {
    if (fixture.probe) writeFileSync(join(pkg, fixture.probe.file), fixture.probe.source);
    mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], root);
    mustRun('npm', ['run', 'typecheck'], pkg);
    const tests = mustRun('npm', ['test'], pkg, testEnv);
    expect(tests.stdout + tests.stderr).toMatch(fixture.ranTests);
    if (fixture.probe) expect(tests.stdout + tests.stderr).toContain(fixture.probe.file.split('/').at(-1));
  });
});
