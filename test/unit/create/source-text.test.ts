/** The layout reading behind create's text wiring: blocks, the items in them, a function's body. */
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/create/text-wiring/source-text.js';
import { wireCapability } from '../../../src/create/text-wiring/wire-capability.js';
import { cache } from '../../../src/capabilities/cache.js';

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
