import { describe, expect, it } from 'vitest';
import {
  callArgumentObject,
  nestedObjectLiteral,
  propertyFunctionBlock,
  returnedObjectOf,
} from '../../../src/ast/object-literal-locators.js';
import { edited, lines } from './edit-source.js';

type SourceFile = Parameters<typeof callArgumentObject>[0];

/** Runs `find` on the source and returns the text of what it found. */
function found(source: string, find: (sf: SourceFile) => { getText(): string }, path?: string): string {
  let text = '';
  edited(
    source,
    (sf) => {
      text = find(sf).getText();
    },
    path,
  );
  return text;
}

describe('callArgumentObject', () => {
  it('finds the object literal passed to the call, however deep the call sits', () => {
    const source = lines(
      'const config = loadConfig(process.env);',
      'const services = await bootstrap({',
      '  databaseUrl: config.databaseUrl,',
      '});',
    );
    expect(found(source, (sf) => callArgumentObject(sf, 'bootstrap'))).toBe('{\n  databaseUrl: config.databaseUrl,\n}');
  });

  it('looks through `as` and `satisfies` and a call nested in a function', () => {
    const source = lines(
      'async function start() {',
      '  return run(await bootstrap({ logger } satisfies BootstrapOptions));',
      '}',
    );
    expect(found(source, (sf) => callArgumentObject(sf, 'bootstrap'))).toBe('{ logger }');
  });

  it('matches the callee as written, `services.bootstrap` not being `bootstrap`', () => {
    const source = lines('services.bootstrap({ a });', 'bootstrap({ b });');
    expect(found(source, (sf) => callArgumentObject(sf, 'bootstrap'))).toBe('{ b }');
  });

  it('says what it looked for, at the line of a call that passes something else', () => {
    const source = lines('const options = {};', '', 'await bootstrap(options);');
    expect(() => found(source, (sf) => callArgumentObject(sf, 'bootstrap'), 'src/main.ts')).toThrow(
      '/src/main.ts:3: could not find a call bootstrap({ … }) with an object literal argument; restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('names no line when there is no such call', () => {
    expect(() => found(lines('await start({});'), (sf) => callArgumentObject(sf, 'bootstrap'), 'm.ts')).toThrow(
      '/m.ts: could not find a call bootstrap({ … })',
    );
    expect(() => found(lines('await bootstrap();'), (sf) => callArgumentObject(sf, 'bootstrap'), 'm.ts')).toThrow(
      '/m.ts:1: could not find a call bootstrap({ … })',
    );
  });
});

describe('callArgumentObject with a first argument', () => {
  const openApi = lines(
    'export async function registerOpenApi(app: FastifyInstance): Promise<void> {',
    '  await app.register(cors, { origin: true });',
    '  await app.register(swagger, {',
    "    openapi: { info: { title: 'svc' } },",
    '  });',
    "  await app.register(swaggerUi, { routePrefix: '/docs' });",
    '}',
  );

  it('picks the call with that first argument; without one, the first call of the callee is the one', () => {
    expect(() => found(openApi, (sf) => callArgumentObject(sf, 'app.register'), 'o.ts')).toThrow(
      '/o.ts:2: could not find a call app.register({ … }) with an object literal argument',
    );
    expect(found(openApi, (sf) => callArgumentObject(sf, 'app.register', 'cors'))).toBe('{ origin: true }');
  });

  it('finds the object passed after it', () => {
    expect(found(openApi, (sf) => callArgumentObject(sf, 'app.register', 'swagger'))).toBe(
      "{\n    openapi: { info: { title: 'svc' } },\n  }",
    );
    expect(found(openApi, (sf) => callArgumentObject(sf, 'app.register', 'swaggerUi'))).toBe("{ routePrefix: '/docs' }");
  });

  it('says which registration it looked for when the plugin is registered without options, or not at all', () => {
    expect(() => found(lines('app.register(swagger);'), (sf) => callArgumentObject(sf, 'app.register', 'swagger'), 'o.ts')).toThrow(
      '/o.ts:1: could not find a call app.register(swagger, { … }) with an object literal argument',
    );
    expect(() => found(openApi, (sf) => callArgumentObject(sf, 'app.register', 'fastifyJwt'), 'o.ts')).toThrow(
      '/o.ts: could not find a call app.register(fastifyJwt, { … })',
    );
  });
});

describe('nestedObjectLiteral', () => {
  const source = lines("register(swagger, { openapi: { info: { title: 'svc' } }, hide: true });");
  const argument = (sf: SourceFile) => callArgumentObject(sf, 'register', 'swagger');

  it('goes down the named properties; no path is the object itself', () => {
    expect(found(source, (sf) => nestedObjectLiteral(argument(sf), ['openapi']))).toBe("{ info: { title: 'svc' } }");
    expect(found(source, (sf) => nestedObjectLiteral(argument(sf), ['openapi', 'info']))).toBe("{ title: 'svc' }");
    expect(found(source, (sf) => nestedObjectLiteral(argument(sf), []))).toBe(
      "{ openapi: { info: { title: 'svc' } }, hide: true }",
    );
  });

  it('says which property it looked for when one is missing or not an object literal', () => {
    expect(() => found(source, (sf) => nestedObjectLiteral(argument(sf), ['components']), 'o.ts')).toThrow(
      '/o.ts:1: could not find a property components set to an object literal { … }',
    );
    expect(() => found(source, (sf) => nestedObjectLiteral(argument(sf), ['hide']), 'o.ts')).toThrow(
      '/o.ts:1: could not find a property hide set to an object literal { … }',
    );
  });
});

describe('propertyFunctionBlock', () => {
  const closeOf = (sf: SourceFile) => propertyFunctionBlock(returnedObjectOf(sf, 'bootstrap'), 'close');
  const returning = (...object: string[]) => lines('function bootstrap() {', '  return {', ...object, '  };', '}');

  it('finds the body of an arrow function', () => {
    const source = returning('    close: async () => {', '      await relay.stop();', '    },');
    expect(found(source, closeOf)).toBe('{\n      await relay.stop();\n    }');
  });

  it('finds the body of a function expression, a method and a quoted name', () => {
    expect(found(returning('    close: async function () { stop(); },'), closeOf)).toBe('{ stop(); }');
    expect(found(returning('    async close() { stop(); },'), closeOf)).toBe('{ stop(); }');
    expect(found(returning("    'close': (() => { stop(); }) as Close,"), closeOf)).toBe('{ stop(); }');
  });

  it('says which property it looked for when the function has no { … } body', () => {
    expect(() => found(returning('    close: () => relay.stop(),'), closeOf, 'src/bootstrap.ts')).toThrow(
      '/src/bootstrap.ts:3: could not find a property close set to a function with a { … } body; restore it if it was renamed or removed, or make this registration by hand',
    );
    expect(() => found(returning('    close,'), closeOf, 'b.ts')).toThrow(
      '/b.ts:3: could not find a property close set to a function with a { … } body',
    );
  });

  it('points at the object when it has no such property', () => {
    expect(() => found(returning('    relay,'), closeOf, 'b.ts')).toThrow(
      '/b.ts:2: could not find a property close set to a function with a { … } body',
    );
  });
});
