import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../../src/project/package-json.js';
import { detectTestRunner } from '../../../src/project/test-runner.js';
import { tempProject } from './temp-project.js';

function runnerOf(files: Record<string, string | object>) {
  const dir = tempProject(files);
  const { runner, jestTransform } = detectTestRunner(dir, readPackageJson(dir));
  return { runner, jestTransform };
}

describe('detectTestRunner', () => {
  it.each([
    ['a vitest dependency', { 'package.json': { devDependencies: { vitest: '^4.0.0' } } }, { runner: 'vitest' }],
    [
      'a vitest config alone',
      { 'package.json': {}, 'vitest.config.mts': 'export default {};\n' },
      { runner: 'vitest' },
    ],
    [
      'jest with @swc/jest',
      { 'package.json': { devDependencies: { jest: '^29.0.0', '@swc/jest': '^0.2.0' } } },
      { runner: 'jest', jestTransform: '@swc/jest' },
    ],
    ['a "jest" key in package.json', { 'package.json': { jest: { preset: 'ts-jest' } } }, { runner: 'jest' }],
    [
      'mocha with .mocharc.yml',
      { 'package.json': {}, '.mocharc.yml': 'spec: test/**/*.spec.ts\n' },
      { runner: 'mocha' },
    ],
    [
      'a test script running node --test',
      { 'package.json': { scripts: { test: 'node --import tsx --test test/*.test.ts' } } },
      { runner: 'node:test' },
    ],
    [
      'a test script running tsx --test',
      { 'package.json': { scripts: { test: 'tsx --test' } } },
      { runner: 'node:test' },
    ],
  ])('recognises %s', (_case, files, expected) => {
    expect(runnerOf(files)).toEqual({ jestTransform: undefined, ...expected });
  });

  it('finds no runner in a project without tests', () => {
    expect(runnerOf({ 'package.json': { scripts: { test: 'echo "no tests"' } } })).toEqual({});
  });
});
