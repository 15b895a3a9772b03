import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/ast/apply-edits.js';
import type { AppInstance } from '../../../src/project/profile.js';
import { registerRoutes } from '../../../src/foreign/register-routes.js';

const FASTIFY_BUILDER = `import Fastify from 'fastify'
import { noteRoutes } from './notes/routes.js'

// the app, built per test
export function buildApp() {
  const app = Fastify({ logger: false })

  app.get('/health', async () => ({ status: 'ok' }))
  app.register(noteRoutes) // notes first

  return app
}
`;

const fastifyApp: AppInstance = { kind: 'fastify', file: 'src/app.ts', line: 6, variable: 'app', builder: 'buildApp' };

function register(text: string, instance: AppInstance, symbol = 'invoiceRoutes') {
  const files = new Map([[instance.file, text]]);
  const edit = registerRoutes({ instance, symbol, from: './invoice/invoice-routes.js', prefix: '/invoices' });
  return applyEdits(files, [edit]).get(instance.file) ?? text;
}

describe('registerRoutes', () => {
  it('registers a Fastify plugin after the last use of the instance, with its import, keeping the rest', () => {
    const after = register(FASTIFY_BUILDER, fastifyApp);
    expect(after).toBe(
      FASTIFY_BUILDER.replace(
        "import { noteRoutes } from './notes/routes.js'\n",
        "import { noteRoutes } from './notes/routes.js'\nimport { invoiceRoutes } from './invoice/invoice-routes.js'\n",
      ).replace(
        '  app.register(noteRoutes) // notes first\n',
        "  app.register(noteRoutes) // notes first\n  app.register(invoiceRoutes, { prefix: '/invoices' })\n",
      ),
    );
  });

  it('changes nothing the second time', () => {
    const once = register(FASTIFY_BUILDER, fastifyApp);
    expect(register(once, fastifyApp)).toBe(once);
  });

  it('mounts an Express router on its path, in a CommonJS-style file without extensions', () => {
    const source = [
      'import express from "express";',
      'import { apiRouter } from "./routes";',
      '',
      'export function createApp(): express.Express {',
      '    const app = express();',
      '    app.use(express.json());',
      '    app.use("/api", apiRouter());',
      '    return app;',
      '}',
      '',
    ].join('\n');
    const after = register(source, { kind: 'express-app', file: 'src/app.ts', line: 5, variable: 'app', builder: 'createApp' }, 'invoiceRouter');
    expect(after).toContain('    app.use("/api", apiRouter());\n    app.use("/invoices", invoiceRouter());\n    return app;');
    expect(after).toContain('import { invoiceRouter } from "./invoice/invoice-routes";');
  });

  it('keeps an Express app’s trailing 404 and error handlers after the new routes', () => {
    const source = [
      "import express from 'express';",
      '',
      'export function createApp() {',
      '  const app = express();',
      "  app.use('/orders', ordersRouter());",
      '  app.use(notFound);',
      '  app.use((error: unknown, _req: unknown, res: express.Response, _next: unknown) => res.status(500).end());',
      '  return app;',
      '}',
      '',
    ].join('\n');
    const after = register(source, { kind: 'express-app', file: 'src/app.ts', line: 4, variable: 'app', builder: 'createApp' }, 'invoiceRouter');
    expect(after).toContain("  app.use('/orders', ordersRouter());\n  app.use('/invoices', invoiceRouter());\n  app.use(notFound);");
  });

  it('registers at the top level before listen, when no function builds the instance', () => {
    const source = "import Fastify from 'fastify';\n\nconst server = Fastify();\nserver.get('/', async () => 'hi');\nawait server.listen({ port: 3000 });\n";
    const after = register(source, { kind: 'fastify', file: 'src/main.ts', line: 3, variable: 'server' });
    expect(after).toContain("server.get('/', async () => 'hi');\nserver.register(invoiceRoutes, { prefix: '/invoices' });\nawait server.listen");
  });

  it('follows a helper call that takes the instance (await routes(server))', () => {
    const source = "import { fastify } from 'fastify';\n\nexport const createServer = async () => {\n  const server = fastify();\n  await catalogRoutes(server);\n  return server;\n};\n";
    const after = register(source, { kind: 'fastify', file: 'src/server.ts', line: 4, variable: 'server', builder: 'createServer' });
    expect(after).toContain("  await catalogRoutes(server);\n  server.register(invoiceRoutes, { prefix: '/invoices' });\n  return server;");
  });

  it('stops, naming the file, when the function that built the instance is gone', () => {
    expect(() => register('export const other = 1;\n', fastifyApp)).toThrow(/src\/app\.ts.*buildApp/);
  });

  it('refuses an instance that is not kept in a variable', () => {
    const unnamed: AppInstance = { kind: 'fastify', file: 'src/app.ts', line: 6, builder: 'buildApp' };
    expect(() => register(FASTIFY_BUILDER, unnamed)).toThrow(/not kept in a variable/);
  });
});
