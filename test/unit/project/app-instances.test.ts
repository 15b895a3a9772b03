import { describe, expect, it } from 'vitest';
import { findAppInstances } from '../../../src/project/app-instances.js';
import { tempProject } from './temp-project.js';

function instancesIn(source: string, framework: 'fastify' | 'express') {
  return findAppInstances(tempProject({ 'src/app.ts': source }), ['src/app.ts'], framework);
}

describe('findAppInstances', () => {
  it('finds Fastify created through a renamed named import inside a class method', () => {
    const source = [
      "import { fastify as createFastify } from 'fastify';",
      'export class Server {',
      '  readonly http = createFastify();',
      '  build() {',
      '    return createFastify({ logger: true });',
      '  }',
      '}',
    ].join('\n');

    expect(instancesIn(source, 'fastify')).toEqual([
      { kind: 'fastify', file: 'src/app.ts', line: 3, variable: 'http' },
      { kind: 'fastify', file: 'src/app.ts', line: 5, builder: 'Server.build' },
    ]);
  });

  it('finds an awaited Fastify instance assigned at the top level', () => {
    const source =
      "import Fastify from 'fastify';\n\nexport const app = await (Fastify() as ReturnType<typeof Fastify>);\n";

    expect(instancesIn(source, 'fastify')).toEqual([{ kind: 'fastify', file: 'src/app.ts', line: 3, variable: 'app' }]);
  });

  it('finds Express apps and routers made through require, import = require and a named Router import', () => {
    const source = [
      "import express = require('express');",
      "const legacy = require('express');",
      "import { Router } from 'express';",
      'export const app = express();',
      'export const api = legacy.Router();',
      'export function users() {',
      '  const router = Router();',
      '  return router;',
      '}',
    ].join('\n');

    expect(instancesIn(source, 'express')).toEqual([
      { kind: 'express-app', file: 'src/app.ts', line: 4, variable: 'app' },
      { kind: 'express-router', file: 'src/app.ts', line: 5, variable: 'api' },
      { kind: 'express-router', file: 'src/app.ts', line: 7, variable: 'router', builder: 'users' },
    ]);
  });

  it('ignores a function that only shares the framework name', () => {
    const source = "import { fastify } from './my-wrapper.js';\nconst app = fastify();\n";

    expect(instancesIn(source, 'fastify')).toEqual([]);
  });
});
