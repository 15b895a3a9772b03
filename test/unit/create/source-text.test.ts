/** The layout reading behind create's text wiring (blocks, the items in them, a function's body), and its imports. */
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/create/text-wiring/source-text.js';
import { wireCapability } from '../../../src/create/text-wiring/wire-capability.js';
import { cache } from '../../../src/capabilities/cache.js';
import { applyEdits, sourceEdit } from '../../../src/ast/apply-edits.js';
import { ensureNamedImport } from '../../../src/ast/ensure-named-import.js';
import { spliced, type Splice } from '../../../src/ast/splices.js';
import { addNamedImport } from '../../../src/create/text-wiring/import-edits.js';

const FILE = [
  "import { a } from './a.js';",
  '',
  '/** Builds things. */',
  'export async function build({',
  '  first,',
  '  second = 2,',
  '}: Options): Promise<void> {',
  '  const x = await make({',
  '    first,',
  '  });',
  '  // a comment between statements',
  '  if (x)',
  '    throw new Error(`${first}`);',
  '  return {',
  '    x,',
  '    close: async () => {',
  '      await x.stop();',
  '    },',
  '  };',
  '}',
  '',
].join('\n');

describe('SourceText', () => {
  const source = new SourceText('src/x.ts', FILE);
  const texts = (lines: { first: number; last: number }[]) => lines.map((item) => source.textOf(item).split('\n')[0]);

  it('reads top-level statements, each with its deeper and closing lines, comments and blank lines in none', () => {
    const top = source.itemsOf(source.top());
    expect(texts(top)).toEqual(["import { a } from './a.js';", 'export async function build({']);
    expect(top[1]).toEqual({ first: 3, last: 19 });
  });

  it("finds a function's body after a signature that spans lines", () => {
    const fn = source.find(source.top(), /^export async function build\b/)!;
    const body = source.bodyOf(fn);
    expect(body).toMatchObject({ first: 6, last: 19, inner: '  ' });
    expect(texts(source.itemsOf(body))).toEqual(['const x = await make({', 'if (x)', 'return {']);
  });

  it('reads the elements of an object literal, a function-valued one with its body', () => {
    const returned = source.blockAt(13);
    expect(source.itemsOf(returned).map((item) => source.textOf(item))).toEqual(['x,', 'close: async () => {\n      await x.stop();\n    },']);
  });

  it('places comment lines above a statement with it', () => {
    const statements = source.itemsOf(source.blockAt(6));
    expect(source.commentsAbove(statements[1]!)).toBe(FILE.indexOf('// a comment'));
  });

  it('names the file and what it looked for when a rendered file lacks an anchor (a template bug)', () => {
    const files = new Map([['src/bootstrap.ts', FILE], ['src/main.ts', FILE], ['src/config.ts', FILE]]);
    expect(() => wireCapability(files, cache)).toThrow(/^src\/config\.ts: expected .* in the rendered file/);
  });
});

describe('imports by text, as ensureNamedImport adds them', () => {
  const cases: [string, string, { from: string; names: string[]; typeOnly?: boolean }][] = [
    ['a multi-line list without a trailing comma', "import {\n  a,\n  b\n} from './x.js';\n\nconst c = a;\n", { from: './x.js', names: ['z'] }],
    ['a multi-line list with one', "import {\n  a,\n  b,\n} from './x.js';\n\nconst c = a;\n", { from: './x.js', names: ['z'] }],
    ['a one-line list', "import { a } from './x.js';\n\nconst c = a;\n", { from: './x.js', names: ['y', 'z'] }],
    ['a new module after the most similar one', "import { a } from './a/x.js';\nimport { b } from './b/y.js';\n\nconst c = a;\n", { from: './a/z.js', names: ['z'], typeOnly: true }],
    ['a file without imports, after its header', '/** Header. */\n\nexport const c = 1;\n', { from: './x.js', names: ['z'] }],
  ];
  it.each(cases)('%s', (_, text, need) => {
    const splices: Splice[] = [];
    addNamedImport(new SourceText('x.ts', text), need, splices);
    const bySyntaxTree = applyEdits(new Map([['x.ts', text]]), [sourceEdit('x.ts', (file) => void ensureNamedImport(file, { ...need, printWidth: 100 }), { spliced: true })]);
    expect(spliced(text, splices)).toBe(bySyntaxTree.get('x.ts'));
  });
});
