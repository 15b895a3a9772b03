import { describe, expect, it } from 'vitest';
import { ensureArrayElement } from '../../../src/ast/ensure-array-element.js';
import { isName } from '../../../src/ast/node-predicates.js';
import { variableArrayLiteral } from '../../../src/ast/object-literal-locators.js';
import { edited, editedTwice, lines } from './edit-source.js';

const addInvoiceRoutes = (sf: Parameters<typeof variableArrayLiteral>[0]) =>
  ensureArrayElement(variableArrayLiteral(sf, 'routes'), {
    element: 'invoiceRoutes',
    isPresent: isName('invoiceRoutes'),
  });

describe('ensureArrayElement', () => {
  it('appends to a one-line array and changes nothing the second time', () => {
    const { once, twice } = editedTwice(
      lines('export const routes = [promptRoutes, myRoutes] as const;'),
      addInvoiceRoutes,
    );
    expect(once).toBe(lines('export const routes = [promptRoutes, myRoutes, invoiceRoutes] as const;'));
    expect(twice).toBe(once);
  });

  it('appends to a one-per-line array with its trailing comma', () => {
    const source = lines('const routes = [', '  promptRoutes,', '', '  myRoutes, // mine', '];');
    expect(edited(source, addInvoiceRoutes)).toBe(
      lines('const routes = [', '  promptRoutes,', '', '  myRoutes, // mine', '  invoiceRoutes,', '];'),
    );
  });

  it('fills an empty array', () => {
    expect(edited(lines('const routes = [];'), addInvoiceRoutes)).toBe(lines('const routes = [invoiceRoutes];'));
    expect(edited(lines('const routes = [', '];'), addInvoiceRoutes)).toBe(
      lines('const routes = [', '  invoiceRoutes,', '];'),
    );
  });

  it('says which variable it looked for, at the line of what it found instead', () => {
    expect(() => edited(lines('const routes = makeRoutes();'), addInvoiceRoutes, 'r.ts')).toThrow(
      '/r.ts:1: could not find a top-level const routes set to an array literal [ … ]; restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
