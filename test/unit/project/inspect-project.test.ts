import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectProject } from '../../../src/project/inspect-project.js';
import type { Evidence, ProjectProfile } from '../../../src/project/profile.js';
import { repo, withoutEvidence, type WithoutEvidence } from './fixture-repos.js';
import { tempProject } from './temp-project.js';

const notRoot = { isRoot: false, packages: [] };

const profiles: readonly [string, WithoutEvidence<Omit<ProjectProfile, 'dir'>>][] = [
  [
    'esm-fastify',
    {
      name: 'notes-api',
      hasPackageJson: true,
      usesTypeScript: true,
      generatedByUs: false,
      workspace: notRoot,
      tsconfig: {
        file: 'tsconfig.json',
        extends: [],
        unreadExtends: [],
        outDir: 'dist',
        paths: [],
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        include: ['src', 'test'],
      },
      modules: { system: 'esm', importExtension: '.js' },
      source: { folder: 'src' },
      tests: { runner: 'vitest', layout: 'test-folder', folders: ['test'], suffix: '.test.ts' },
      http: {
        framework: 'fastify',
        instances: [{ kind: 'fastify', file: 'src/app.ts', line: 10, variable: 'app', builder: 'buildApp' }],
      },
      orm: { orm: 'drizzle', configFile: 'drizzle.config.ts' },
      packageManager: { name: 'pnpm' },
      formatting: {
        prettier: {
          file: '.prettierrc',
          options: { singleQuote: true, semi: false, printWidth: 100, trailingComma: 'all' },
        },
        inferred: { singleQuote: true, semi: false, tabWidth: 2 },
        eslint: { file: 'eslint.config.js', style: 'flat' },
      },
    },
  ],
  [
    'cjs-express',
    {
      name: 'orders-service',
      hasPackageJson: true,
      usesTypeScript: true,
      generatedByUs: false,
      workspace: notRoot,
      tsconfig: {
        file: 'tsconfig.json',
        extends: [],
        unreadExtends: [],
        rootDir: 'src',
        outDir: 'dist',
        paths: [],
        strict: true,
        module: 'commonjs',
        moduleResolution: 'node',
        include: ['src'],
      },
      modules: { system: 'commonjs', importExtension: '' },
      source: { folder: 'src' },
      tests: { runner: 'jest', jestTransform: 'ts-jest', layout: '__tests__', folders: ['src'], suffix: '.spec.ts' },
      http: {
        framework: 'express',
        instances: [
          { kind: 'express-app', file: 'src/app.ts', line: 6, variable: 'app', builder: 'createApp' },
          { kind: 'express-router', file: 'src/routes/index.ts', line: 6, variable: 'api', builder: 'apiRouter' },
          { kind: 'express-router', file: 'src/routes/orders.ts', line: 6, variable: 'router', builder: 'orderRouter' },
        ],
      },
      orm: {},
      packageManager: { name: 'npm' },
      formatting: {
        prettier: {
          file: 'package.json',
          options: { singleQuote: false, semi: true, tabWidth: 4, printWidth: 120, trailingComma: 'es5' },
        },
        inferred: { singleQuote: false, semi: true, tabWidth: 4 },
        eslint: { file: '.eslintrc.json', style: 'legacy' },
      },
    },
  ],
  [
    'monorepo/packages/api',
    {
      name: '@acme/api',
      hasPackageJson: true,
      usesTypeScript: true,
      generatedByUs: false,
      workspace: { isRoot: false, root: '../..', packages: [] },
      tsconfig: {
        file: 'tsconfig.json',
        extends: ['../../tsconfig.base.json'],
        unreadExtends: [],
        outDir: 'dist',
        baseUrl: '.',
        paths: [
          { pattern: '@app/*', targets: ['src/*'] },
          { pattern: '@test/*', targets: ['test/*'] },
        ],
        strict: true,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        include: ['src', 'test', 'vitest.config.ts'],
      },
      modules: { system: 'esm', importExtension: '' },
      source: { folder: 'src' },
      tests: { runner: 'vitest', layout: 'test-folder', folders: ['test'], suffix: '.spec.ts' },
      http: {
        framework: 'fastify',
        instances: [
          { kind: 'fastify', file: 'src/http/server.ts', line: 6, variable: 'server', builder: 'createServer' },
        ],
      },
      orm: {},
      packageManager: { name: 'yarn', version: '1.22.22' },
      formatting: {
        prettier: { file: '../../.prettierrc.yaml', options: { singleQuote: true, printWidth: 90 } },
        inferred: { singleQuote: true, semi: true, tabWidth: 2 },
      },
    },
  ],
  [
    'worker-node-test',
    {
      name: 'invoice-worker',
      hasPackageJson: true,
      usesTypeScript: true,
      generatedByUs: false,
      workspace: notRoot,
      tsconfig: {
        file: 'tsconfig.json',
        extends: [],
        unreadExtends: [],
        rootDir: '.',
        outDir: 'dist',
        paths: [],
        strict: true,
        module: 'Node16',
        include: ['src', 'test'],
      },
      modules: { system: 'esm', importExtension: '.js' },
      source: { folder: 'src' },
      tests: { runner: 'node:test', layout: 'test-folder', folders: ['test'], suffix: '.test.ts' },
      http: { instances: [] },
      orm: {},
      packageManager: { name: 'bun' },
      formatting: { inferred: { singleQuote: true, semi: true, tabWidth: 2 } },
    },
  ],
];

describe('inspectProject', () => {
  it.each(profiles)(
    'describes %s: module system, tsconfig, folders, tests, framework, ORM, package manager, formatting',
    async (name, expected) => {
      const profile = await inspectProject(repo(name));

      expect(withoutEvidence(profile)).toEqual({ dir: repo(name), ...expected });
    },
  );

  it.each(profiles.map(([name]) => name))(
    'points every piece of evidence in %s at a file that exists',
    async (name) => {
      const profile = await inspectProject(repo(name));
      const files = collectEvidence(profile).map((item) => item.file);

      expect(files.length).toBeGreaterThan(5);
      for (const file of files) expect(existsSync(path.join(repo(name), file)), file).toBe(true);
    },
  );

  it('names the file and line of the call that creates the app as evidence for the framework', async () => {
    const profile = await inspectProject(repo('esm-fastify'));

    expect(profile.http.evidence).toContainEqual({ file: 'src/app.ts', line: 10, note: 'creates app (fastify)' });
  });

  it('refuses a package.json that is not JSON, naming the file and line', async () => {
    const dir = tempProject({ 'package.json': '{\n  "name": "x",\n  "type" "module"\n}\n' });

    await expect(inspectProject(dir)).rejects.toThrow(`${dir}/package.json:3: is not valid JSON (':' expected.)`);
  });

  it('describes a monorepo root as a root with its packages', async () => {
    const profile = await inspectProject(repo('monorepo'));

    expect(profile.workspace).toMatchObject({ isRoot: true, packages: ['packages/api'] });
  });
});

function collectEvidence(value: unknown): Evidence[] {
  if (Array.isArray(value)) return value.flatMap(collectEvidence);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'evidence' ? (item as Evidence[]) : collectEvidence(item),
  );
}
