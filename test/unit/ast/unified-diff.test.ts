import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../src/ast/unified-diff.js';

describe('unifiedDiff', () => {
  it('shows the added line with its context, git style', () => {
    const before = `export * from './a.js';\nexport * from './b.js';\n`;
    const after = `export * from './a.js';\nexport * from './b.js';\nexport * from './invoice.js';\n`;
    expect(unifiedDiff('src/schema/index.ts', before, after)).toBe(
      [
        '--- a/src/schema/index.ts',
        '+++ b/src/schema/index.ts',
        '@@ -1,2 +1,3 @@',
        " export * from './a.js';",
        " export * from './b.js';",
        "+export * from './invoice.js';",
        '',
      ].join('\n'),
    );
  });

  it('is empty when nothing changes', () => {
    expect(unifiedDiff('a.ts', 'x\n', 'x\n')).toBe('');
  });
});
