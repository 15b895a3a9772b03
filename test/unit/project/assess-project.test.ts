import { describe, expect, it } from 'vitest';
import { assessProject } from '../../../src/project/assess-project.js';
import { inspectProject } from '../../../src/project/inspect-project.js';
import { repo } from './fixture-repos.js';
import { tempProject } from './temp-project.js';

const typescriptService = { 'tsconfig.json': { compilerOptions: { strict: true } }, 'src/index.ts': 'export {};\n' };

async function assess(dir: string) {
  return assessProject(await inspectProject(dir));
}

describe('assessProject', () => {
  it.each(['esm-fastify', 'cjs-express', 'monorepo/packages/api', 'worker-node-test'])('supports %s', async (name) => {
    expect(await assess(repo(name))).toEqual({ supported: true, problems: [] });
  });

  it.each([
    [
      'plain-js',
      'no TypeScript here (no tsconfig.json and no typescript dependency) — agent-backend writes TypeScript only',
    ],
    ['koa-service', 'Koa is not supported yet — agent-backend registers routes on Fastify or Express only'],
    [
      'monorepo',
      'this is a monorepo root (packages: packages/api) — cd into the package to add to, e.g. cd packages/api',
    ],
  ])('refuses %s, saying why in one line', async (name, problem) => {
    expect(await assess(repo(name))).toEqual({ supported: false, problems: [problem] });
  });

  it('refuses a folder without package.json', async () => {
    const dir = tempProject({ 'notes.txt': 'not a project\n' });

    expect((await assess(dir)).problems).toEqual([
      `no package.json in ${dir} — run agent-backend inside the Node project to add to`,
    ]);
  });

  it.each([
    ['hono', 'Hono'],
    ['@nestjs/core', 'NestJS'],
  ])('refuses a service on %s, naming the framework', async (dependency, framework) => {
    const dir = tempProject({ ...typescriptService, 'package.json': { dependencies: { [dependency]: '*' } } });

    expect((await assess(dir)).problems).toEqual([
      `${framework} is not supported yet — agent-backend registers routes on Fastify or Express only`,
    ]);
  });

  it('counts a typescript dependency without tsconfig as TypeScript', async () => {
    const dir = tempProject({
      'package.json': { devDependencies: { typescript: '~5.9.3' } },
      'src/index.ts': 'export {};\n',
    });

    expect(await assess(dir)).toEqual({ supported: true, problems: [] });
  });

  it('refuses a pnpm monorepo root declared in pnpm-workspace.yaml', async () => {
    const dir = tempProject({
      'package.json': { private: true },
      'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n",
      'apps/web/package.json': { name: 'web' },
    });

    expect((await assess(dir)).problems).toEqual([
      'this is a monorepo root (packages: apps/web) — cd into the package to add to, e.g. cd apps/web',
    ]);
  });

  it('still refuses a monorepo root whose pnpm-workspace.yaml is broken', async () => {
    const dir = tempProject({ 'package.json': {}, 'pnpm-workspace.yaml': 'packages: [apps/*\n' });

    expect((await assess(dir)).problems).toEqual([
      'this is a monorepo root (packages: none found) — cd into the package to add to, e.g. cd packages/<name>',
    ]);
  });
});
