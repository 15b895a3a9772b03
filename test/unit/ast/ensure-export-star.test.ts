import { describe, expect, it } from 'vitest';
import { ensureExportStar } from '../../../src/ast/ensure-export-star.js';
import { edited, editedTwice, lines } from './edit-source.js';

describe('ensureExportStar', () => {
  it('adds the module after the last export-from, keeping the user’s own lines', () => {
    const source = lines(
      '/** Every table, for drizzle-kit. */',
      `export * from './prompt.js';`,
      '',
      `export { auditLog } from './audit.js'; // added by hand`,
    );
    const out = edited(source, (sf) => ensureExportStar(sf, './invoice.js'));
    expect(out).toBe(
      lines(
        '/** Every table, for drizzle-kit. */',
        `export * from './prompt.js';`,
        '',
        `export { auditLog } from './audit.js'; // added by hand`,
        `export * from './invoice.js';`,
      ),
    );
  });

  it('changes nothing when run a second time', () => {
    const { once, twice } = editedTwice(lines(`export * from './prompt.js';`), (sf) =>
      ensureExportStar(sf, './invoice.js'),
    );
    expect(once).toBe(lines(`export * from './prompt.js';`, `export * from './invoice.js';`));
    expect(twice).toBe(once);
  });

  it('recognises the module written without its extension', () => {
    const source = lines(`export * from "./invoice"`);
    expect(edited(source, (sf) => ensureExportStar(sf, './invoice.js'))).toBe(source);
  });

  it('does not count a named re-export of the module as exporting everything', () => {
    const source = lines(`export { invoices } from './invoice.js';`);
    const out = edited(source, (sf) => ensureExportStar(sf, './invoice.js'));
    expect(out).toBe(lines(`export { invoices } from './invoice.js';`, `export * from './invoice.js';`));
  });

  it('writes into an empty index', () => {
    expect(edited('', (sf) => ensureExportStar(sf, './invoice.js'))).toBe(lines(`export * from './invoice.js';`));
  });
});
