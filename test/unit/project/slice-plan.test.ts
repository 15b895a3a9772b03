import { describe, expect, it } from 'vitest';
import { inspectProject } from '../../../src/project/inspect-project.js';
import { planSlice } from '../../../src/project/slice-plan.js';
import { repo } from './fixture-repos.js';
import { tempProject } from './temp-project.js';

describe('planSlice', () => {
  it('puts a slice, its tests and its routes where the repository keeps its own', async () => {
    const plan = planSlice(await inspectProject(repo('esm-fastify')), { name: 'invoice' });

    expect(plan).toEqual({
      folder: 'src/invoice',
      kernel: 'src/ddd',
      testFolder: 'test/invoice',
      testSuffix: '.test.ts',
      siblingImport: "'./invoice.js'",
      aliases: [],
      format: {
        source: 'prettier config',
        options: { singleQuote: true, semi: false, printWidth: 100, trailingComma: 'all' },
      },
      routes: { kind: 'fastify', file: 'src/app.ts', line: 10, variable: 'app', builder: 'buildApp' },
      warnings: [],
    });
  });

  it('registers Express routes on the app rather than on a router', async () => {
    const plan = planSlice(await inspectProject(repo('cjs-express')), { name: 'invoice' });

    expect(plan.routes).toMatchObject({ kind: 'express-app', file: 'src/app.ts', builder: 'createApp' });
    expect(plan.testFolder).toBe('src/invoice/__tests__');
  });

  it('puts colocated tests next to the slice', async () => {
    const dir = tempProject({ 'package.json': {}, 'tsconfig.json': {}, 'src/a.ts': '', 'src/a.test.ts': '' });

    expect(planSlice(await inspectProject(dir), { name: 'invoice' }).testFolder).toBe('src/invoice');
  });

  it('warns about an --in folder outside the project', async () => {
    const profile = await inspectProject(repo('worker-node-test'));

    expect(planSlice(profile, { name: 'invoice', folder: '../elsewhere' }).warnings).toEqual([
      '../elsewhere is outside the project — choose a folder inside it with --in',
    ]);
  });

  it('warns when a Fastify service creates no instance it can find', async () => {
    const dir = tempProject({
      'package.json': { dependencies: { fastify: '^5.0.0' } },
      'tsconfig.json': {},
      'src/app.ts': 'export default async function app() {}\n',
    });

    expect(planSlice(await inspectProject(dir), { name: 'invoice' }).warnings).toEqual([
      'no fastify() call found in src/ — routes would have to be registered by hand',
    ]);
  });
});
