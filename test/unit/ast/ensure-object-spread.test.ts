import { describe, expect, it } from 'vitest';
import { ensureObjectSpread } from '../../../src/ast/ensure-object-spread.js';
import { isCallOf, isName } from '../../../src/ast/node-predicates.js';
import { localObjectLiteral, variableObjectLiteral } from '../../../src/ast/object-literal-locators.js';
import { edited, editedTwice, lines } from './edit-source.js';

const spreadInvoiceHandlers = (sf: Parameters<typeof variableObjectLiteral>[0]) =>
  ensureObjectSpread(variableObjectLiteral(sf, 'handlers'), {
    expression: 'invoiceHandlers(deps)',
    isPresent: isCallOf('invoiceHandlers'),
  });

describe('ensureObjectSpread', () => {
  it('spreads after the last member and changes nothing the second time', () => {
    const source = lines(
      'export const handlers = {',
      '  ...promptHandlers(deps),',
      '  // my own:',
      '  Ping: ping,',
      '} satisfies Handlers;',
    );
    const { once, twice } = editedTwice(source, spreadInvoiceHandlers);
    expect(once).toBe(
      lines(
        'export const handlers = {',
        '  ...promptHandlers(deps),',
        '  // my own:',
        '  Ping: ping,',
        '  ...invoiceHandlers(deps),',
        '} satisfies Handlers;',
      ),
    );
    expect(twice).toBe(once);
  });

  it('recognises the spread when the user passes other arguments', () => {
    const source = lines('export const handlers = { ...invoiceHandlers(deps, clock) };');
    expect(edited(source, spreadInvoiceHandlers)).toBe(source);
  });

  it('says which variable it looked for', () => {
    expect(() => edited(lines('export const handlerMap = {};'), spreadInvoiceHandlers, 'h.ts')).toThrow(
      '/h.ts: could not find a top-level const handlers set to an object literal { … }; restore it if it was renamed or removed, or make this registration by hand',
    );
  });

  it('finds a const declared in a function body', () => {
    const source = lines(
      'export function bootstrap() {',
      '  const commandHandlers: CommandHandlerMap = {',
      '    ...promptCommandHandlers,',
      '  };',
      '  return commandHandlers;',
      '}',
    );
    const out = edited(source, (sf) =>
      ensureObjectSpread(localObjectLiteral(sf, 'bootstrap', 'commandHandlers'), {
        expression: 'invoiceCommandHandlers',
        isPresent: isName('invoiceCommandHandlers'),
      }),
    );
    expect(out).toBe(
      lines(
        'export function bootstrap() {',
        '  const commandHandlers: CommandHandlerMap = {',
        '    ...promptCommandHandlers,',
        '    ...invoiceCommandHandlers,',
        '  };',
        '  return commandHandlers;',
        '}',
      ),
    );
  });

  it('says which function and const it looked for', () => {
    const source = lines('export function bootstrap() {', '  const handlers = {};', '}');
    expect(() =>
      edited(source, (sf) => localObjectLiteral(sf, 'bootstrap', 'commandHandlers'), 'src/bootstrap.ts'),
    ).toThrow(
      '/src/bootstrap.ts:1: could not find a const commandHandlers set to an object literal { … } in function bootstrap; restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
