import { describe, expect, it } from 'vitest';
import { ensureObjectProperty } from '../../../src/ast/ensure-object-property.js';
import { propertyObjectLiteral, returnedObjectOf } from '../../../src/ast/object-literal-locators.js';
import { edited, editedTwice, lines } from './edit-source.js';

describe('ensureObjectProperty', () => {
  it('adds a property after the last one, keeping a trailing comma style and comments', () => {
    const source = lines(
      'export function createRepositories(db: Db) {',
      '  return {',
      '    prompts: new DrizzlePromptRepository(db), // generated',
      '',
      '    audit: myAuditRepository(db),',
      '  };',
      '}',
    );
    const { once, twice } = editedTwice(source, (sf) =>
      ensureObjectProperty(returnedObjectOf(sf, 'createRepositories'), {
        name: 'invoices',
        initializer: 'new DrizzleInvoiceRepository(db)',
      }),
    );
    expect(once).toBe(
      lines(
        'export function createRepositories(db: Db) {',
        '  return {',
        '    prompts: new DrizzlePromptRepository(db), // generated',
        '',
        '    audit: myAuditRepository(db),',
        '    invoices: new DrizzleInvoiceRepository(db),',
        '  };',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('adds the missing comma after a last property that had none, before its comment', () => {
    const source = lines('const make = () => ({', '  a: 1 // one', '});');
    const out = edited(source, (sf) =>
      ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'b', initializer: '2' }),
    );
    expect(out).toBe(lines('const make = () => ({', '  a: 1, // one', '  b: 2', '});'));
  });

  it('keeps a one-line object on one line', () => {
    const source = lines('function make() {', '  return { a: 1 } as const;', '}');
    const out = edited(source, (sf) =>
      ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'b', initializer: 'b' }),
    );
    expect(out).toBe(lines('function make() {', '  return { a: 1, b } as const;', '}'));
  });

  it('opens an empty object', () => {
    const source = lines('function make() {', '  return {};', '}');
    const out = edited(source, (sf) =>
      ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'b', initializer: '2' }),
    );
    expect(out).toBe(lines('function make() {', '  return { b: 2 };', '}'));
  });

  it('counts a quoted name, a shorthand and a method as the property', () => {
    const source = lines("const make = () => ({ 'a': 1, b, c() {} });");
    const out = edited(source, (sf) => {
      for (const name of ['a', 'b', 'c'])
        ensureObjectProperty(returnedObjectOf(sf, 'make'), { name, initializer: '0' });
    });
    expect(out).toBe(source);
  });

  it('tells whether it inserted, so the caller imports only what it added', () => {
    const results: boolean[] = [];
    edited(lines('const make = () => ({ a: 1 });'), (sf) => {
      results.push(ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'b', initializer: '2' }));
      results.push(ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'b', initializer: '2' }));
    });
    expect(results).toEqual([true, false]);
  });

  it('leaves a property the user changed alone', () => {
    const source = lines('const make = () => ({ invoices: new CachedInvoices() });');
    const out = edited(source, (sf) =>
      ensureObjectProperty(returnedObjectOf(sf, 'make'), { name: 'invoices', initializer: 'new Invoices()' }),
    );
    expect(out).toBe(source);
  });

  it('follows `return deps` to the object it names, and into a nested object', () => {
    const source = lines(
      'export function bootstrap() {',
      '  const deps = {',
      '    repositories: {',
      '      prompts,',
      '    },',
      '  };',
      '  return deps;',
      '}',
    );
    const out = edited(source, (sf) =>
      ensureObjectProperty(propertyObjectLiteral(returnedObjectOf(sf, 'bootstrap'), 'repositories'), {
        name: 'invoices',
        initializer: 'invoices',
      }),
    );
    expect(out).toBe(
      lines(
        'export function bootstrap() {',
        '  const deps = {',
        '    repositories: {',
        '      prompts,',
        '      invoices,',
        '    },',
        '  };',
        '  return deps;',
        '}',
      ),
    );
  });
});

describe('object literal locators', () => {
  it('say which function returned no object literal, and where it is', () => {
    const source = lines('', 'export function bootstrap() {', '  return makeDeps();', '}');
    expect(() => edited(source, (sf) => returnedObjectOf(sf, 'bootstrap'), 'src/bootstrap.ts')).toThrow(
      '/src/bootstrap.ts:3: could not find an object literal returned by function bootstrap; restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('say which property they looked for', () => {
    const source = lines('export function bootstrap() {', '  return { repos: {} };', '}');
    expect(() =>
      edited(source, (sf) => propertyObjectLiteral(returnedObjectOf(sf, 'bootstrap'), 'repositories'), 'b.ts'),
    ).toThrow(
      '/b.ts:2: could not find a property repositories set to an object literal { … }; restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
