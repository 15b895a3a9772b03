import { describe, expect, it } from 'vitest';
import { ensureNamedImport } from '../../../src/ast/ensure-named-import.js';
import { edited, editedTwice, lines } from './edit-source.js';

describe('ensureNamedImport', () => {
  it('merges a name into the existing import from the same module', () => {
    const source = lines(`import { promptRoutes } from './routes/index.js';`, '', 'export const x = 1;');
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './routes/index.js', names: ['invoiceRoutes'] }));
    expect(out).toBe(
      lines(`import { promptRoutes, invoiceRoutes } from './routes/index.js';`, '', 'export const x = 1;'),
    );
  });

  it('changes nothing when run a second time', () => {
    const source = lines(`import { a } from './a.js';`, 'a();');
    const { once, twice } = editedTwice(source, (sf) => ensureNamedImport(sf, { from: './b.js', names: ['b', 'c'] }));
    expect(once).toBe(lines(`import { a } from './a.js';`, `import { b, c } from './b.js';`, 'a();'));
    expect(twice).toBe(once);
  });

  it('adds a new declaration after the last import, keeping a comment on that line', () => {
    const source = lines(
      '// app wiring',
      `import Fastify from 'fastify'; // web framework`,
      `import { a } from './a.js';   // mine`,
      '',
      '',
      'export const x = a;',
    );
    const out = edited(source, (sf) =>
      ensureNamedImport(sf, { from: './routes/invoice.js', names: ['invoiceRoutes'] }),
    );
    expect(out).toBe(
      lines(
        '// app wiring',
        `import Fastify from 'fastify'; // web framework`,
        `import { a } from './a.js';   // mine`,
        `import { invoiceRoutes } from './routes/invoice.js';`,
        '',
        '',
        'export const x = a;',
      ),
    );
  });

  it('puts a new declaration after the import of the most similar module path', () => {
    const source = lines(
      `import { MessageBus } from './application/message-bus.js';`,
      `import { promptCommandHandlers } from './application/prompt/handlers.js';`,
      `import { openDatabase } from './infrastructure/db/client.js';`,
    );
    const out = edited(source, (sf) =>
      ensureNamedImport(sf, { from: './application/invoice/handlers.js', names: ['invoiceCommandHandlers'] }),
    );
    expect(out).toBe(
      lines(
        `import { MessageBus } from './application/message-bus.js';`,
        `import { promptCommandHandlers } from './application/prompt/handlers.js';`,
        `import { invoiceCommandHandlers } from './application/invoice/handlers.js';`,
        `import { openDatabase } from './infrastructure/db/client.js';`,
      ),
    );
  });

  it('writes several names one per line when one line would pass the print width', () => {
    const request = { from: './application/prompt-version/handlers.js', printWidth: 100 };
    const names = ['promptVersionCommandHandlers', 'promptVersionEventHandlers'];
    expect(edited('', (sf) => ensureNamedImport(sf, { ...request, names }))).toBe(
      lines(
        'import {',
        '  promptVersionCommandHandlers,',
        '  promptVersionEventHandlers,',
        `} from './application/prompt-version/handlers.js';`,
      ),
    );
    expect(edited('', (sf) => ensureNamedImport(sf, { ...request, names: ['a', 'b'] }))).toBe(
      lines(`import { a, b } from './application/prompt-version/handlers.js';`),
    );
  });

  it('writes the specifier with the quotes and relative extension the file already uses', () => {
    const source = lines('import { a } from "./a"', 'a()');
    const out = edited(source, (sf) =>
      ensureNamedImport(sf, { from: './routes/invoice.js', names: ['invoiceRoutes'] }),
    );
    expect(out).toBe(lines('import { a } from "./a"', 'import { invoiceRoutes } from "./routes/invoice"', 'a()'));
  });

  it('treats a specifier with and without `.js` as the same module', () => {
    const source = lines(`import { a } from './schema';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './schema.js', names: ['b'] }));
    expect(out).toBe(lines(`import { a, b } from './schema';`));
  });

  it('counts a name the user imported under an alias as imported', () => {
    const source = lines(`import { x as invoiceRoutes } from './routes.js';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './routes.js', names: ['invoiceRoutes'] }));
    expect(out).toBe(source);
  });

  it('does not import a name the file already binds from another module or declares itself', () => {
    const source = lines(
      `import { invoiceRoutes } from './my-routes.js';`,
      `import { b } from './routes.js';`,
      'const invoiceHandlers = {};',
    );
    const out = edited(source, (sf) =>
      ensureNamedImport(sf, { from: './routes.js', names: ['invoiceRoutes', 'invoiceHandlers'] }),
    );
    expect(out).toBe(source);
  });

  it('appends to a one-name-per-line import with its trailing comma and comments kept', () => {
    const source = lines('import {', '  a, // first', '  b,', `} from './x.js';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './x.js', names: ['c'] }));
    expect(out).toBe(lines('import {', '  a, // first', '  b,', '  c,', `} from './x.js';`));
  });

  it('keeps type-only and value imports apart', () => {
    const source = lines(`import type { A } from './types.js';`, `import { b } from './types.js';`);
    const out = edited(source, (sf) => {
      ensureNamedImport(sf, { from: './types.js', names: ['C'], typeOnly: true });
      ensureNamedImport(sf, { from: './types.js', names: ['d'] });
    });
    expect(out).toBe(lines(`import type { A, C } from './types.js';`, `import { b, d } from './types.js';`));
  });

  it('adds a type-only declaration when the module is imported only for values', () => {
    const source = lines(`import { b } from './types.js';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './types.js', names: ['C'], typeOnly: true }));
    expect(out).toBe(lines(`import { b } from './types.js';`, `import type { C } from './types.js';`));
  });

  it('adds braces after a default import', () => {
    const source = lines(`import fp from 'fastify-plugin';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: 'fastify-plugin', names: ['x'] }));
    expect(out).toBe(lines(`import fp, { x } from 'fastify-plugin';`));
  });

  it('does not merge into a namespace or side-effect import', () => {
    const source = lines(`import * as schema from './schema.js';`, `import './schema.js';`);
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './schema.js', names: ['invoices'] }));
    expect(out).toBe(
      lines(
        `import * as schema from './schema.js';`,
        `import './schema.js';`,
        `import { invoices } from './schema.js';`,
      ),
    );
  });

  it('puts the first import of a file after its header comment', () => {
    const source = lines('/** The app. */', '', 'export const x = 1;');
    const out = edited(source, (sf) => ensureNamedImport(sf, { from: './a.js', names: ['a'] }));
    expect(out).toBe(lines('/** The app. */', '', `import { a } from './a.js';`, '', 'export const x = 1;'));
  });
});
