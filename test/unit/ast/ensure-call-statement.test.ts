import { describe, expect, it } from 'vitest';
import { callsTo } from '../../../src/ast/call-predicates.js';
import { ensureCallStatement, type CallStatementRequest } from '../../../src/ast/ensure-call-statement.js';
import { edited, editedTwice, lines } from './edit-source.js';

const registerInvoiceRoutes: CallStatementRequest = {
  functionName: 'buildApp',
  statement: `await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' });`,
  isPresent: callsTo('app.register', 'invoiceRoutes'),
  placeAfterLast: callsTo('app.register'),
};
const register = (sf: Parameters<typeof ensureCallStatement>[0]) => ensureCallStatement(sf, registerInvoiceRoutes);

describe('ensureCallStatement', () => {
  it('goes after the last similar call, keeping comments, blank lines and the user’s own calls', () => {
    const source = lines(
      'export async function buildApp(deps: Deps) {',
      '  const app = Fastify();',
      '    // oddly indented comment',
      `  await app.register(promptRoutes, { prefix: '/api/v1/prompts' });`,
      '',
      '',
      `  await app.register(myHealthRoutes,{prefix:'/x'}); // mine`,
      '  app.setErrorHandler(handler);',
      '  return app;',
      '}',
    );
    const out = edited(source, register);
    expect(out).toBe(
      lines(
        'export async function buildApp(deps: Deps) {',
        '  const app = Fastify();',
        '    // oddly indented comment',
        `  await app.register(promptRoutes, { prefix: '/api/v1/prompts' });`,
        '',
        '',
        `  await app.register(myHealthRoutes,{prefix:'/x'}); // mine`,
        `  await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' });`,
        '  app.setErrorHandler(handler);',
        '  return app;',
        '}',
      ),
    );
  });

  it('changes nothing when run a second time', () => {
    const source = lines('export const buildApp = async () => {', '  const app = Fastify();', '  return app;', '};');
    const { once, twice } = editedTwice(source, register);
    expect(once).toBe(
      lines(
        'export const buildApp = async () => {',
        '  const app = Fastify();',
        `  await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' });`,
        '  return app;',
        '};',
      ),
    );
    expect(twice).toBe(once);
  });

  it('goes above the comment that sits over the return', () => {
    const source = lines('function buildApp() {', '  const app = Fastify();', '', '  // ready', '  return app;', '}');
    expect(edited(source, register)).toBe(
      lines(
        'function buildApp() {',
        '  const app = Fastify();',
        '',
        `  await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' });`,
        '  // ready',
        '  return app;',
        '}',
      ),
    );
  });

  it('keeps a comment at the end of the line before the return on that line', () => {
    const source = lines('function buildApp() {', '  const app = Fastify(); // no logger', '  return app;', '}');
    expect(edited(source, register)).toBe(
      lines(
        'function buildApp() {',
        '  const app = Fastify(); // no logger',
        `  await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' });`,
        '  return app;',
        '}',
      ),
    );
  });

  it('writes beside a return that shares its line with the function', () => {
    const source = lines('function buildApp() { return app; }');
    expect(edited(source, register)).toBe(
      lines(`function buildApp() { await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' }); return app; }`),
    );
  });

  it('counts the call as present when the user moved it into a nested plugin', () => {
    const source = lines(
      'export async function buildApp() {',
      '  await app.register(async (api) => {',
      '    await api.register(invoiceRoutes);',
      '  });',
      '}',
    );
    const out = edited(source, (sf) =>
      ensureCallStatement(sf, {
        ...registerInvoiceRoutes,
        isPresent: (call) => call.getArguments()[0]?.getText() === 'invoiceRoutes',
      }),
    );
    expect(out).toBe(source);
  });

  it('writes into an empty function body, without semicolons when the file has none', () => {
    const source = lines(`import x from 'x'`, 'export function buildApp() {}');
    expect(edited(source, register)).toBe(
      lines(
        `import x from 'x'`,
        'export function buildApp() {',
        `  await app.register(invoiceRoutes, { prefix: '/api/v1/invoices' })`,
        '}',
      ),
    );
  });

  it('indents the later lines of a multi-line statement like the first', () => {
    const source = lines('function buildApp() {', '\tconst app = Fastify();', '}');
    const out = edited(source, (sf) =>
      ensureCallStatement(sf, {
        ...registerInvoiceRoutes,
        statement: 'app.register(invoiceRoutes, {\n  prefix: "/i",\n});',
      }),
    );
    expect(out).toBe(
      lines(
        'function buildApp() {',
        '\tconst app = Fastify();',
        '\tapp.register(invoiceRoutes, {',
        '\t  prefix: "/i",',
        '\t});',
        '}',
      ),
    );
  });

  it('writes Windows newlines into a file that uses them', () => {
    const source = 'function buildApp() {\r\n  const app = Fastify();\r\n  return app;\r\n}\r\n';
    const out = edited(source, (sf) =>
      ensureCallStatement(sf, {
        ...registerInvoiceRoutes,
        statement: 'app.register(invoiceRoutes, {\n  prefix: "/i",\n});',
      }),
    );
    expect(out).toBe(
      'function buildApp() {\r\n  const app = Fastify();\r\n  app.register(invoiceRoutes, {\r\n    prefix: "/i",\r\n  });\r\n  return app;\r\n}\r\n',
    );
  });

  it('says which file and which function it looked for when the function was renamed', () => {
    const source = lines('export async function createServer() {}');
    expect(() => edited(source, register, 'src/interfaces/http/app.ts')).toThrow(
      '/src/interfaces/http/app.ts: could not find a top-level function named buildApp (a function declaration, or a const set to an arrow function or function expression); restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('points at the function when it has no block body', () => {
    const source = lines('', 'export const buildApp = () => Fastify();');
    expect(() => edited(source, register, 'app.ts')).toThrow(
      '/app.ts:2: could not find a { … } body in function buildApp; restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
