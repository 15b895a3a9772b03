import { describe, expect, it } from 'vitest';
import { applyEdits, sourceEdit, textEdit } from '../../../src/ast/apply-edits.js';
import { ensureExportStar } from '../../../src/ast/ensure-export-star.js';
import { ensureNamedImport } from '../../../src/ast/ensure-named-import.js';
import { ensureJsonArrayItem } from '../../../src/ast/json-edits.js';
import { functionBlock } from '../../../src/ast/find-function.js';
import { appendToCommaList } from '../../../src/ast/comma-list.js';
import { SyntaxKind } from 'ts-morph';

const files = new Map([
  ['src/schema/index.ts', `export * from './prompt.js';\n`],
  ['src/untouched.ts', 'export const x = 1;\n'],
  ['.yo-rc.json', '{\n  "create-agent-backend": {\n    "aggregates": [\n      "Prompt"\n    ]\n  }\n}\n'],
]);

const addInvoice = [
  sourceEdit('src/schema/index.ts', (sf) => ensureExportStar(sf, './invoice.js')),
  sourceEdit('src/schema/index.ts', (sf) => ensureNamedImport(sf, { from: 'drizzle-orm', names: ['sql'] })),
  textEdit('.yo-rc.json', (text) =>
    ensureJsonArrayItem(text, '.yo-rc.json', ['create-agent-backend', 'aggregates'], 'Invoice'),
  ),
];

describe('applyEdits', () => {
  it('returns only the files whose text changed, with every edit to a file applied in order', () => {
    const changed = applyEdits(files, addInvoice);
    expect([...changed.keys()]).toEqual(['src/schema/index.ts', '.yo-rc.json']);
    expect(changed.get('src/schema/index.ts')).toBe(
      `import { sql } from 'drizzle-orm';\n\nexport * from './prompt.js';\nexport * from './invoice.js';\n`,
    );
  });

  it('returns nothing when the edits have already been made', () => {
    const once = new Map([...files, ...applyEdits(files, addInvoice)]);
    expect(applyEdits(once, addInvoice).size).toBe(0);
  });

  it('does not see the caller’s map change', () => {
    const before = new Map(files);
    applyEdits(files, addInvoice);
    expect(files).toEqual(before);
  });

  it('lets a source edit see what an earlier text edit did to the same file', () => {
    const edits = [
      textEdit('src/untouched.ts', (text) => `${text}export const y = 2;\n`),
      sourceEdit('src/untouched.ts', (sf) => ensureExportStar(sf, './z.js')),
    ];
    expect(applyEdits(files, edits).get('src/untouched.ts')).toBe(
      `export * from './z.js';\n\nexport const x = 1;\nexport const y = 2;\n`,
    );
  });

  it('reports a missing anchor under the path the caller gave', () => {
    const edit = sourceEdit('src/untouched.ts', (sf) => void functionBlock(sf, 'buildApp'));
    expect(() => applyEdits(files, [edit])).toThrow(
      /^src\/untouched\.ts: could not find a top-level function named buildApp/,
    );
  });

  it('reports a file that is not there', () => {
    expect(() => applyEdits(files, [textEdit('src/app.ts', (t) => t)])).toThrow(
      'src/app.ts: expected this file; restore it if it was moved or deleted, or make this registration by hand',
    );
  });

  it('places every insertion of a spliced edit against the text it started from, in one pass', () => {
    const both = (sf: Parameters<Parameters<typeof sourceEdit>[1]>[0]) => {
      ensureExportStar(sf, './invoice.js');
      ensureNamedImport(sf, { from: 'drizzle-orm', names: ['sql'] });
    };
    const spliced = applyEdits(files, [sourceEdit('src/schema/index.ts', both, { spliced: true })]);
    const stepwise = applyEdits(files, [sourceEdit('src/schema/index.ts', both)]);
    expect(spliced.get('src/schema/index.ts')).toBe(stepwise.get('src/schema/index.ts'));
  });

  it('keeps the order of spliced insertions at one position, and the file’s CRLF newlines', () => {
    const crlf = new Map([['a.ts', 'export * from "./a";\r\n']]);
    const edit = sourceEdit(
      'a.ts',
      (sf) => {
        ensureExportStar(sf, './b');
        ensureExportStar(sf, './c');
      },
      { spliced: true },
    );
    expect(applyEdits(crlf, [edit]).get('a.ts')).toBe('export * from "./a";\r\nexport * from "./b";\r\nexport * from "./c";\r\n');
  });

  it('keeps spliced imports into a file without imports one block, as one after the other would', () => {
    const config = new Map([['src/config.ts', '/** Settings. */\n\nexport interface Config {\n  port: number;\n}\n']]);
    const imports = (sf: Parameters<Parameters<typeof sourceEdit>[1]>[0]) => {
      ensureNamedImport(sf, { from: './keys.js', names: ['parseKeys'] });
      ensureNamedImport(sf, { from: './keys.js', names: ['KeyEntry'], typeOnly: true });
    };
    const spliced = applyEdits(config, [sourceEdit('src/config.ts', imports, { spliced: true })]).get('src/config.ts');
    expect(spliced).toBe(
      "/** Settings. */\n\nimport { parseKeys } from './keys.js';\nimport type { KeyEntry } from './keys.js';\n\nexport interface Config {\n  port: number;\n}\n",
    );
    expect(applyEdits(config, [sourceEdit('src/config.ts', imports)]).get('src/config.ts')).toBe(spliced);
  });

  it('adds the comma a multi-line list lacks before the new element, spliced or not', () => {
    const list = new Map([['a.ts', 'export const roles = [\n  "reader",\n  "writer"\n];\n']]);
    const add = (sf: Parameters<Parameters<typeof sourceEdit>[1]>[0]) =>
      appendToCommaList(sf.getVariableDeclarationOrThrow('roles').getInitializerIfKindOrThrow(SyntaxKind.ArrayLiteralExpression), '"admin"');
    const expected = 'export const roles = [\n  "reader",\n  "writer",\n  "admin"\n];\n';
    expect(applyEdits(list, [sourceEdit('a.ts', add, { spliced: true })]).get('a.ts')).toBe(expected);
    expect(applyEdits(list, [sourceEdit('a.ts', add)]).get('a.ts')).toBe(expected);
  });
});
