import { describe, expect, it } from 'vitest';
import { testDialect } from '../../../src/foreign/test-dialect.js';

describe('testDialect', () => {
  it('writes Vitest with imports, Jest with globals, node:test with node:assert', () => {
    expect(testDialect('vitest')?.imports(['it', 'describe', 'expect'])).toBe("import { describe, expect, it } from 'vitest';");
    expect(testDialect('jest')?.imports(['describe', 'it'])).toBe('');
    expect(testDialect('node:test')?.imports(['describe', 'it', 'expect', 'beforeAll', 'afterAll'])).toBe(
      "import assert from 'node:assert/strict';\nimport { after, before, describe, it } from 'node:test';",
    );
  });

  it('asserts in each runner’s words', () => {
    expect(testDialect('jest')?.rejects('p', 'NotFound')).toBe('await expect(p).rejects.toThrow(NotFound);');
    expect(testDialect('node:test')?.rejects('p', 'NotFound')).toBe('await assert.rejects(p, NotFound);');
    expect(testDialect('node:test')?.deepEqual('a', 'b')).toBe('assert.deepEqual(a, b);');
    expect(testDialect('node:test')?.beforeAll).toBe('before');
  });

  it('has none for a runner it does not write for', () => {
    expect(testDialect('mocha')).toBeUndefined();
    expect(testDialect(undefined)).toBeUndefined();
  });
});
