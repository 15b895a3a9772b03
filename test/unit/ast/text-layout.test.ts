import { describe, expect, it } from 'vitest';
import { endOfTrailingComments } from '../../../src/ast/comment-ranges.js';
import { indentUnitOf, newlineOf } from '../../../src/ast/text-layout.js';

describe('indentUnitOf', () => {
  it.each([
    ['two spaces', 'a {\n  b;\n    c;\n}', '  '],
    ['four spaces', 'a {\n    b;\n}', '    '],
    ['tabs', 'a {\n\tb;\n}', '\t'],
    ['two spaces under a doc comment', '/**\n * doc\n */\na {\n  b;\n}', '  '],
    ['nothing indented', 'a;\n', '  '],
  ])('reads %s', (_case, text, unit) => {
    expect(indentUnitOf(text)).toBe(unit);
  });
});

describe('endOfTrailingComments', () => {
  it('steps over comments on the same line, not the next', () => {
    const text = 'a(); // one /* two */\n// next line\nb();';
    expect(text.slice(0, endOfTrailingComments(text, 4))).toBe('a(); // one /* two */');
  });
});

describe('newlineOf', () => {
  it('keeps Windows newlines', () => {
    expect(newlineOf('a\r\nb')).toBe('\r\n');
    expect(newlineOf('a\nb')).toBe('\n');
  });
});
