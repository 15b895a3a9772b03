import { describe, expect, it } from 'vitest';
import { Node, SyntaxKind } from 'ts-morph';
import { appendToCommaList } from '../../../src/ast/comma-list.js';
import { edited } from './edit-source.js';

/** Appends `item` to the first object or array literal in `source`. */
function appended(source: string, item: string): string {
  return edited(source, (sf) => {
    const list = sf.getFirstDescendant(
      (node) => Node.isObjectLiteralExpression(node) || Node.isArrayLiteralExpression(node),
    );
    if (!list || !(Node.isObjectLiteralExpression(list) || Node.isArrayLiteralExpression(list))) {
      throw new Error('no list in source');
    }
    appendToCommaList(list, item);
  });
}

describe('appendToCommaList', () => {
  it.each([
    ['one line', 'x = { a: 1 };', 'x = { a: 1, b: 2 };'],
    ['one line with a trailing comma', 'x = { a: 1, };', 'x = { a: 1, b: 2, };'],
    ['one per line with a trailing comma', 'x = {\n  a: 1,\n};', 'x = {\n  a: 1,\n  b: 2,\n};'],
    ['one per line without a trailing comma', 'x = {\n  a: 1\n};', 'x = {\n  a: 1,\n  b: 2\n};'],
    ['a comment after the last element', 'x = {\n  a: 1, // one\n};', 'x = {\n  a: 1, // one\n  b: 2,\n};'],
    ['a block comment before the comma', 'x = {\n  a: 1 /* one */,\n};', 'x = {\n  a: 1 /* one */,\n  b: 2,\n};'],
    [
      'a comment line before the closing brace',
      'x = {\n  a: 1,\n  // more\n};',
      'x = {\n  a: 1,\n  b: 2,\n  // more\n};',
    ],
    ['tabs', 'x = {\n\ta: 1,\n};', 'x = {\n\ta: 1,\n\tb: 2,\n};'],
    ['Windows newlines', 'x = {\r\n  a: 1,\r\n};', 'x = {\r\n  a: 1,\r\n  b: 2,\r\n};'],
    ['an empty one-line object', 'x = {};', 'x = { b: 2 };'],
    ['an empty object spread over lines', 'x = {\n};', 'x = {\n  b: 2,\n};'],
    ['an empty object with a space inside', 'x = { };', 'x = { b: 2 };'],
    ['an empty object holding a comment', 'x = { /* none */ };', 'x = { /* none */ b: 2 };'],
  ])('keeps the layout of %s', (_layout, source, expected) => {
    expect(appended(source, 'b: 2')).toBe(expected);
  });

  it('appends to the named imports of an import declaration', () => {
    const out = edited(`import { a } from './a.js';`, (sf) =>
      appendToCommaList(sf.getFirstDescendantByKindOrThrow(SyntaxKind.NamedImports), 'b'),
    );
    expect(out).toBe(`import { a, b } from './a.js';`);
  });
});
