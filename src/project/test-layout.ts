/**
 * Where the tests are and how they are named: `*.test.ts` or `*.spec.ts`; in a `test/` folder,
 * in `__tests__` folders, or next to the code — whichever most existing tests do. Tests inside
 * fixtures, templates and examples are sample code, not the project's tests. With no tests
 * yet: `test/` and `*.test.ts`.
 */
import type { Evidence, TestLayout, TestProfile, TestSuffix } from './profile.js';
import { isTestFile, isTypeScriptSource } from './list-files.js';

const SAMPLE_CODE = new Set(['fixtures', '__fixtures__', 'templates', 'examples']);
const CONVENTIONAL_FOLDERS = ['test', 'tests', 'spec', '__tests__'];

export function detectTestLayout(
  files: readonly string[],
  sourceFolder: string,
): Pick<TestProfile, 'layout' | 'folders' | 'suffix' | 'evidence'> {
  const tests = files.filter((file) => isTypeScriptSource(file) && isTestFile(file) && !isSampleCode(file));
  if (tests.length === 0) {
    return {
      layout: 'test-folder',
      folders: ['test'],
      suffix: '.test.ts',
      evidence: [{ file: '.', note: 'no test files yet: test/*.test.ts' }],
    };
  }
  return {
    layout: mostCommon(tests.map((file) => layoutOf(file, sourceFolder))),
    folders: foldersOf(tests),
    suffix: mostCommon(tests.map((file): TestSuffix => (/\.spec\.[^.]+$/.test(file) ? '.spec.ts' : '.test.ts'))),
    evidence: tests.slice(0, 3).map((file): Evidence => ({ file, note: 'test file' })),
  };
}

function isSampleCode(file: string): boolean {
  return file.split('/').some((segment) => SAMPLE_CODE.has(segment));
}

function layoutOf(file: string, sourceFolder: string): TestLayout {
  if (file.split('/').includes('__tests__')) return '__tests__';
  return sourceFolder !== '.' && file.startsWith(`${sourceFolder}/`) ? 'colocated' : 'test-folder';
}

/** Top folders holding tests: conventional names first, then by how many tests each holds. */
function foldersOf(tests: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const file of tests.filter((test) => test.includes('/'))) {
    const folder = file.slice(0, file.indexOf('/'));
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const rank = (folder: string) => (CONVENTIONAL_FOLDERS.includes(folder) ? 0 : 1);
  const folders = [...counts.keys()].sort(
    (a, b) => rank(a) - rank(b) || (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
  );
  return folders.length > 0 ? folders : ['.'];
}

/** The value most entries have; the first one seen wins a tie. */
function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
