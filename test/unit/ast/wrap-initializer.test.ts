import { describe, expect, it } from 'vitest';
import { returnedObjectOf } from '../../../src/ast/object-literal-locators.js';
import { wrapPropertyValue } from '../../../src/ast/wrap-initializer.js';
import { edited, editedTwice, lines } from './edit-source.js';

type SourceFile = Parameters<typeof returnedObjectOf>[0];

const withReadCache = (sf: SourceFile) => {
  wrapPropertyValue(returnedObjectOf(sf, 'bootstrap'), {
    property: 'queries',
    callee: 'withReadCache',
    extraArguments: ['readCache'],
  });
};

describe('wrapPropertyValue', () => {
  it('passes the value through the call and changes nothing the second time', () => {
    const source = lines(
      'export function bootstrap() {',
      '  return {',
      '    bus,',
      '    queries: createQueries(database), // the read side',
      '    relay,',
      '  };',
      '}',
    );
    const { once, twice } = editedTwice(source, withReadCache);
    expect(once).toBe(
      lines(
        'export function bootstrap() {',
        '  return {',
        '    bus,',
        '    queries: withReadCache(createQueries(database), readCache), // the read side',
        '    relay,',
        '  };',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('reports whether it wrapped', () => {
    const results: boolean[] = [];
    edited(lines('function bootstrap() { return { queries: q }; }'), (sf) => {
      const request = { property: 'queries', callee: 'withReadCache', extraArguments: ['readCache'] };
      results.push(wrapPropertyValue(returnedObjectOf(sf, 'bootstrap'), request));
      results.push(wrapPropertyValue(returnedObjectOf(sf, 'bootstrap'), request));
    });
    expect(results).toEqual([true, false]);
  });

  it('keeps a more complex expression of the user’s inside, comments and all', () => {
    const source = lines(
      'function bootstrap() {',
      '  return {',
      "    'queries': options.queries ?? /* default */ createQueries(database, { strict: true }),",
      '  };',
      '}',
    );
    expect(edited(source, withReadCache)).toBe(
      lines(
        'function bootstrap() {',
        '  return {',
        "    'queries': withReadCache(",
        "      options.queries ?? /* default */ createQueries(database, { strict: true }),",
        '      readCache,',
        '    ),',
        '  };',
        '}',
      ),
    );
  });

  it('puts a value written over several lines on lines of its own, one indent deeper, as prettier does', () => {
    const source = lines(
      'function bootstrap() {',
      '  return {',
      '    queries: createQueries(',
      '      database,',
      '    ),',
      '  };',
      '}',
    );
    expect(edited(source, withReadCache)).toBe(
      lines(
        'function bootstrap() {',
        '  return {',
        '    queries: withReadCache(',
        '      createQueries(',
        '        database,',
        '      ),',
        '      readCache,',
        '    ),',
        '  };',
        '}',
      ),
    );
  });

  it('counts the call as present when the user made it deeper inside another call', () => {
    const source = lines(
      'function bootstrap() {',
      '  return { queries: traced(withReadCache(createQueries(database), myCache), tracer) };',
      '}',
    );
    expect(edited(source, withReadCache)).toBe(source);
  });

  it('does not count a call of another function with the same ending as present', () => {
    const source = lines('function bootstrap() {', '  return { queries: cache.withReadCache2(q) };', '}');
    expect(edited(source, withReadCache)).toBe(
      lines('function bootstrap() {', '  return { queries: withReadCache(cache.withReadCache2(q), readCache) };', '}'),
    );
  });

  it('writes a shorthand property out with the variable wrapped', () => {
    const source = lines(
      'function bootstrap() {',
      '  const queries = createQueries(database);',
      '  return { bus, queries, relay };',
      '}',
    );
    const { once, twice } = editedTwice(source, withReadCache);
    expect(once).toBe(
      lines(
        'function bootstrap() {',
        '  const queries = createQueries(database);',
        '  return { bus, queries: withReadCache(queries, readCache), relay };',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('leaves a shorthand property alone when its const already makes the call', () => {
    const source = lines(
      'function bootstrap() {',
      '  const queries = withReadCache(createQueries(database), readCache);',
      '  return { queries };',
      '}',
    );
    expect(edited(source, withReadCache)).toBe(source);
  });

  it('says which property it looked for when the object has none', () => {
    const source = lines('function bootstrap() {', '  return {', '    bus,', '  };', '}');
    expect(() => edited(source, withReadCache, 'src/bootstrap.ts')).toThrow(
      '/src/bootstrap.ts:2: could not find a property queries: … in this object; restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('points at a method of that name, which has no value to wrap', () => {
    const source = lines('function bootstrap() {', '  return {', '    queries() { return q; },', '  };', '}');
    expect(() => edited(source, withReadCache, 'b.ts')).toThrow(
      '/b.ts:3: could not find a property queries: … in this object',
    );
  });
});
