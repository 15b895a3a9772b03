import { describe, expect, it } from 'vitest';
import { calls, declares, ensureStatement, mentions, type StatementRequest } from '../../../src/ast/ensure-statement.js';
import { functionBlock } from '../../../src/ast/find-function.js';
import { edited, editedTwice, lines } from './edit-source.js';

type SourceFile = Parameters<typeof functionBlock>[0];

const createReadCache: StatementRequest = {
  statement: 'const readCache = createReadCache({\n  redisUrl: options.redisUrl,\n});',
  isPresent: declares('readCache'),
  anchor: 'a const commandHandlers in function bootstrap (the new statement goes above it)',
  before: declares('commandHandlers'),
};
const observeRelay: StatementRequest = {
  statement: 'relay.observe((event) => readCache.forget(event.aggregateId));',
  isPresent: mentions('readCache.forget'),
  anchor: 'a const relay in function bootstrap (the new statement goes below it)',
  after: declares('relay'),
};
const inBootstrap = (request: StatementRequest) => (sf: SourceFile) => {
  ensureStatement(functionBlock(sf, 'bootstrap'), request);
};

describe('ensureStatement', () => {
  it('goes above the named const and the comment over it, keeping blank lines and the user’s statements', () => {
    const source = lines(
      'export function bootstrap(options: Options) {',
      '  const database = openDatabase(options.databaseUrl);',
      '  audit(database); // mine',
      '',
      '  // every handler, by command',
      '  const commandHandlers = { ...promptCommandHandlers };',
      '  return { commandHandlers };',
      '}',
    );
    expect(edited(source, inBootstrap(createReadCache))).toBe(
      lines(
        'export function bootstrap(options: Options) {',
        '  const database = openDatabase(options.databaseUrl);',
        '  audit(database); // mine',
        '',
        '  const readCache = createReadCache({',
        '    redisUrl: options.redisUrl,',
        '  });',
        '  // every handler, by command',
        '  const commandHandlers = { ...promptCommandHandlers };',
        '  return { commandHandlers };',
        '}',
      ),
    );
  });

  it('goes below the named const and the comment at the end of its line', () => {
    const source = lines(
      'export function bootstrap() {',
      '  const relay = new OutboxRelay(database); // polls',
      '',
      '  relay.start();',
      '  return { relay };',
      '}',
    );
    expect(edited(source, inBootstrap(observeRelay))).toBe(
      lines(
        'export function bootstrap() {',
        '  const relay = new OutboxRelay(database); // polls',
        '  relay.observe((event) => readCache.forget(event.aggregateId));',
        '',
        '  relay.start();',
        '  return { relay };',
        '}',
      ),
    );
  });

  it('changes nothing when run a second time', () => {
    const source = lines(
      'export const bootstrap = async (options: Options) => {',
      '  const commandHandlers = {};',
      '  const relay = new OutboxRelay();',
      '  return { relay };',
      '};',
    );
    const both = (sf: SourceFile) => {
      inBootstrap(createReadCache)(sf);
      inBootstrap(observeRelay)(sf);
    };
    const { once, twice } = editedTwice(source, both);
    expect(once).toBe(
      lines(
        'export const bootstrap = async (options: Options) => {',
        '  const readCache = createReadCache({',
        '    redisUrl: options.redisUrl,',
        '  });',
        '  const commandHandlers = {};',
        '  const relay = new OutboxRelay();',
        '  relay.observe((event) => readCache.forget(event.aggregateId));',
        '  return { relay };',
        '};',
      ),
    );
    expect(twice).toBe(once);
  });

  it('reports whether it inserted', () => {
    const source = lines('function bootstrap() {', '  const commandHandlers = {};', '}');
    const results: boolean[] = [];
    edited(source, (sf) => {
      results.push(ensureStatement(functionBlock(sf, 'bootstrap'), createReadCache));
      results.push(ensureStatement(functionBlock(sf, 'bootstrap'), createReadCache));
    });
    expect(results).toEqual([true, false]);
  });

  it('counts a const the user declared themselves, set however they like, as present', () => {
    const source = lines(
      'function bootstrap() {',
      '  let readCache = myOwnCache(), other = 1;',
      '  const commandHandlers = {};',
      '}',
    );
    expect(edited(source, inBootstrap(createReadCache))).toBe(source);
  });

  it('counts a statement mentioning the text as present, wherever in the block it stands', () => {
    const source = lines(
      'function bootstrap() {',
      '  const relay = new OutboxRelay();',
      '  const bus = new Bus();',
      '  if (cached) relay.observe((e) => readCache.forget(e.aggregateId, { all: true }));',
      '}',
    );
    expect(edited(source, inBootstrap(observeRelay))).toBe(source);
  });

  it('does not count a const in an inner block as present', () => {
    const source = lines(
      'function bootstrap() {',
      '  if (cached) {',
      '    const readCache = myOwnCache();',
      '  }',
      '  const commandHandlers = {};',
      '}',
    );
    expect(edited(source, inBootstrap(createReadCache))).toBe(
      lines(
        'function bootstrap() {',
        '  if (cached) {',
        '    const readCache = myOwnCache();',
        '  }',
        '  const readCache = createReadCache({',
        '    redisUrl: options.redisUrl,',
        '  });',
        '  const commandHandlers = {};',
        '}',
      ),
    );
  });

  it('does not count a comment that mentions the text as present', () => {
    const source = lines(
      'function bootstrap() {',
      '  // readCache.forget is wired below',
      '  const relay = new OutboxRelay();',
      '}',
    );
    expect(edited(source, inBootstrap(observeRelay))).toBe(
      lines(
        'function bootstrap() {',
        '  // readCache.forget is wired below',
        '  const relay = new OutboxRelay();',
        '  relay.observe((event) => readCache.forget(event.aggregateId));',
        '}',
      ),
    );
  });

  it('writes without a semicolon into a file that has none', () => {
    const source = lines(`import x from 'x'`, 'function bootstrap() {', '  const relay = new OutboxRelay()', '}');
    expect(edited(source, inBootstrap(observeRelay))).toBe(
      lines(
        `import x from 'x'`,
        'function bootstrap() {',
        '  const relay = new OutboxRelay()',
        '  relay.observe((event) => readCache.forget(event.aggregateId))',
        '}',
      ),
    );
  });

  it('writes Windows newlines into a file that uses them', () => {
    const source = 'function bootstrap() {\r\n  const commandHandlers = {};\r\n}\r\n';
    expect(edited(source, inBootstrap(createReadCache))).toBe(
      'function bootstrap() {\r\n  const readCache = createReadCache({\r\n    redisUrl: options.redisUrl,\r\n  });\r\n  const commandHandlers = {};\r\n}\r\n',
    );
  });

  it('says which const it looked for, at the line of the block, when it was renamed', () => {
    const source = lines('', 'export function bootstrap() {', '  const outboxRelay = new OutboxRelay();', '}');
    expect(() => edited(source, inBootstrap(observeRelay), 'src/bootstrap.ts')).toThrow(
      '/src/bootstrap.ts:2: could not find a const relay in function bootstrap (the new statement goes below it); restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('does not take a const nested in an inner block as the anchor', () => {
    const source = lines('function bootstrap() {', '  if (x) {', '    const commandHandlers = {};', '  }', '}');
    expect(() => edited(source, inBootstrap(createReadCache), 'b.ts')).toThrow(
      '/b.ts:1: could not find a const commandHandlers in function bootstrap',
    );
  });
});

describe('ensureStatement before a call (calls)', () => {
  const useAuth: StatementRequest = {
    statement: 'await useAuth(app, services.auth, services.apiKeys);',
    isPresent: mentions('useAuth('),
    anchor: 'a statement calling registerOpenApi() in function buildApp (the new statement goes above it)',
    before: calls('registerOpenApi'),
  };
  const inBuildApp = (request: StatementRequest) => (sf: SourceFile) => {
    ensureStatement(functionBlock(sf, 'buildApp'), request);
  };

  it('goes above the statement that calls the function, awaited or not', () => {
    const source = lines(
      'export async function buildApp({ services }: AppOptions) {',
      '  const app = Fastify();',
      '  if (cors) await app.register(cors);',
      '  await registerOpenApi(app);',
      '  return app;',
      '}',
    );
    expect(edited(source, inBuildApp(useAuth))).toBe(
      lines(
        'export async function buildApp({ services }: AppOptions) {',
        '  const app = Fastify();',
        '  if (cors) await app.register(cors);',
        '  await useAuth(app, services.auth, services.apiKeys);',
        '  await registerOpenApi(app);',
        '  return app;',
        '}',
      ),
    );
  });

  it('keeps the order of two statements placed before the same call, and changes nothing the second time', () => {
    const rateLimit: StatementRequest = { ...useAuth, statement: 'await useRateLimit(app);', isPresent: mentions('useRateLimit(') };
    const source = lines('async function buildApp() {', '  registerOpenApi(app);', '}');
    const both = (sf: SourceFile) => {
      inBuildApp(rateLimit)(sf);
      inBuildApp(useAuth)(sf);
    };
    const { once, twice } = editedTwice(source, both);
    expect(once).toBe(
      lines(
        'async function buildApp() {',
        '  await useRateLimit(app);',
        '  await useAuth(app, services.auth, services.apiKeys);',
        '  registerOpenApi(app);',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('recognises a call by its callee and, when given, its first argument', () => {
    const statementsOf = (source: string, predicate: ReturnType<typeof calls>) => {
      const found: string[] = [];
      edited(source, (sf) => {
        for (const statement of functionBlock(sf, 'f').getStatements()) if (predicate(statement)) found.push(statement.getText());
      });
      return found;
    };
    const source = lines(
      'function f() {',
      '  const spec = registerOpenApi(app);',
      '  void registerOpenApi(other);',
      '  app.register(swagger, {});',
      '  app.register(cors);',
      '  x.registerOpenApi(app);',
      '  log(registerOpenApi(app));',
      '}',
    );
    expect(statementsOf(source, calls('registerOpenApi'))).toEqual(['const spec = registerOpenApi(app);', 'void registerOpenApi(other);']);
    expect(statementsOf(source, calls('app.register', 'swagger'))).toEqual(['app.register(swagger, {});']);
  });

  it('says which call it looked for when there is none', () => {
    const source = lines('async function buildApp() {', '  await openApi(app);', '}');
    expect(() => edited(source, inBuildApp(useAuth), 'src/app.ts')).toThrow(
      '/src/app.ts:1: could not find a statement calling registerOpenApi() in function buildApp (the new statement goes above it)',
    );
  });
});
