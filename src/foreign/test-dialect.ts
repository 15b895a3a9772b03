/**
 * How a generated test asserts, in the repository's own test runner: Vitest and Jest share
 * `expect` (Jest's are globals), node:test uses `node:assert/strict`. Templates call these
 * helpers with TS source and get one statement back.
 */
import type { TestRunner } from '../project/profile.js';

export type TestHook = 'describe' | 'it' | 'expect' | 'beforeAll' | 'afterAll';

export interface TestDialect {
  /** the import lines a test using `hooks` needs ('' for Jest's globals) */
  imports(hooks: readonly TestHook[]): string;
  beforeAll: string;
  afterAll: string;
  equal(actual: string, expected: string): string;
  deepEqual(actual: string, expected: string): string;
  throws(fn: string, errorClass: string): string;
  rejects(promise: string, errorClass: string): string;
}

const expectStyle = (importLine: (hooks: readonly TestHook[]) => string): TestDialect => ({
  imports: importLine,
  beforeAll: 'beforeAll',
  afterAll: 'afterAll',
  equal: (actual, expected) => `expect(${actual}).toBe(${expected});`,
  deepEqual: (actual, expected) => `expect(${actual}).toEqual(${expected});`,
  throws: (fn, errorClass) => `expect(${fn}).toThrow(${errorClass});`,
  rejects: (promise, errorClass) => `await expect(${promise}).rejects.toThrow(${errorClass});`,
});

const vitest = expectStyle((hooks) => `import { ${[...hooks].sort().join(', ')} } from 'vitest';`);

const jest = expectStyle(() => '');

const nodeTest: TestDialect = {
  imports: (hooks) => {
    const names = hooks
      .filter((hook) => hook !== 'expect')
      .map((hook) => (hook === 'beforeAll' ? 'before' : hook === 'afterAll' ? 'after' : hook));
    return `import assert from 'node:assert/strict';\nimport { ${names.sort().join(', ')} } from 'node:test';`;
  },
  beforeAll: 'before',
  afterAll: 'after',
  equal: (actual, expected) => `assert.equal(${actual}, ${expected});`,
  deepEqual: (actual, expected) => `assert.deepEqual(${actual}, ${expected});`,
  throws: (fn, errorClass) => `assert.throws(${fn}, ${errorClass});`,
  rejects: (promise, errorClass) => `await assert.rejects(${promise}, ${errorClass});`,
};

/** The dialect of a runner the tool writes tests for; undefined for one it does not (mocha, none). */
export function testDialect(runner: TestRunner | undefined): TestDialect | undefined {
  if (runner === 'vitest') return vitest;
  if (runner === 'jest') return jest;
  if (runner === 'node:test') return nodeTest;
  return undefined;
}
