import { describe, expect, it } from 'vitest';
import { detectTestLayout } from '../../../src/project/test-layout.js';

function layoutOf(files: string[], sourceFolder = 'src') {
  const { layout, folders, suffix } = detectTestLayout(files, sourceFolder);
  return { layout, folders, suffix };
}

describe('detectTestLayout', () => {
  it('finds tests in a separate folder', () => {
    expect(layoutOf(['src/a.ts', 'tests/a.test.ts', 'tests/unit/b.test.ts'])).toEqual({
      layout: 'test-folder',
      folders: ['tests'],
      suffix: '.test.ts',
    });
  });

  it('finds tests next to the code', () => {
    expect(layoutOf(['src/a.ts', 'src/a.spec.ts', 'src/b/b.spec.ts'])).toEqual({
      layout: 'colocated',
      folders: ['src'],
      suffix: '.spec.ts',
    });
  });

  it('finds tests in __tests__ folders', () => {
    expect(layoutOf(['src/a.ts', 'src/__tests__/a.ts'])).toEqual({
      layout: '__tests__',
      folders: ['src'],
      suffix: '.test.ts',
    });
  });

  it('names files the way most existing tests are named', () => {
    expect(layoutOf(['test/a.spec.ts', 'test/b.spec.ts', 'test/c.test.ts']).suffix).toBe('.spec.ts');
  });

  it('ignores tests inside fixtures, templates and examples', () => {
    const files = [
      'test/a.test.ts',
      'test/fixtures/app/src/x.spec.ts',
      'templates/app/test/b.spec.ts',
      'examples/c.spec.ts',
    ];

    expect(layoutOf(files)).toEqual({ layout: 'test-folder', folders: ['test'], suffix: '.test.ts' });
  });

  it('lists conventional test folders first, then by how many tests they hold', () => {
    const files = ['e2e/a.test.ts', 'e2e/b.test.ts', 'tests/c.test.ts', 'bench/d.test.ts'];

    expect(layoutOf(files).folders).toEqual(['tests', 'e2e', 'bench']);
  });

  it('follows the layout most tests use', () => {
    expect(layoutOf(['test/a.test.ts', 'test/b.test.ts', 'src/__tests__/c.test.ts']).layout).toBe('test-folder');
  });

  it('proposes test/*.test.ts when there are no tests yet', () => {
    expect(layoutOf(['src/a.ts'])).toEqual({ layout: 'test-folder', folders: ['test'], suffix: '.test.ts' });
  });
});
