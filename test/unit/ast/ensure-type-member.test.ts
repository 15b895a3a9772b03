import { describe, expect, it } from 'vitest';
import { ensureTypeMember } from '../../../src/ast/ensure-type-member.js';
import { edited, editedTwice, lines } from './edit-source.js';

const addInvoices = (sf: Parameters<typeof ensureTypeMember>[0]) =>
  ensureTypeMember(sf, 'Repositories', { name: 'invoices', type: 'InvoiceRepository' });

describe('ensureTypeMember', () => {
  it('adds a member to an interface after the last one and changes nothing the second time', () => {
    const source = lines(
      'export interface Repositories {',
      '  prompts: PromptRepository; // generated',
      '  /** mine */',
      '  audit: AuditRepository;',
      '}',
    );
    const { once, twice } = editedTwice(source, addInvoices);
    expect(once).toBe(
      lines(
        'export interface Repositories {',
        '  prompts: PromptRepository; // generated',
        '  /** mine */',
        '  audit: AuditRepository;',
        '  invoices: InvoiceRepository;',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('adds to an object type alias written on one line', () => {
    expect(edited(lines('type Repositories = { prompts: P }'), addInvoices)).toBe(
      lines('type Repositories = { prompts: P; invoices: InvoiceRepository }'),
    );
  });

  it('copies a comma separator and fills an empty interface', () => {
    expect(edited(lines('interface Repositories {', '  a: A,', '}'), addInvoices)).toBe(
      lines('interface Repositories {', '  a: A,', '  invoices: InvoiceRepository,', '}'),
    );
    expect(edited(lines('interface Repositories {}'), addInvoices)).toBe(
      lines('interface Repositories {', '  invoices: InvoiceRepository;', '}'),
    );
  });

  it('writes a readonly member', () => {
    const out = edited(lines('interface Queries {', '  readonly prompts: PromptQueries;', '}'), (sf) =>
      ensureTypeMember(sf, 'Queries', { name: 'invoices', type: 'InvoiceQueries', readonly: true }),
    );
    expect(out).toBe(
      lines('interface Queries {', '  readonly prompts: PromptQueries;', '  readonly invoices: InvoiceQueries;', '}'),
    );
  });

  it('leaves a member whose type the user changed alone', () => {
    const source = lines('interface Repositories { readonly invoices: CachedInvoices }');
    expect(edited(source, addInvoices)).toBe(source);
  });

  it('says which type it looked for', () => {
    expect(() => edited(lines('type Repositories = Record<string, unknown>;'), addInvoices, 'u.ts')).toThrow(
      '/u.ts:1: could not find an interface Repositories { … } or a type Repositories = { … }; restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
