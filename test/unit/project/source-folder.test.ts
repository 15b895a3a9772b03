import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/project/list-files.js';
import { detectSourceFolder } from '../../../src/project/source-folder.js';
import { readTsconfig } from '../../../src/project/tsconfig.js';
import { tempProject } from './temp-project.js';

function sourceFolderOf(files: Record<string, string | object>): string {
  const dir = tempProject(files);
  return detectSourceFolder(listFiles(dir), readTsconfig(dir)).folder;
}

describe('detectSourceFolder', () => {
  it('takes rootDir when it names a folder', () => {
    expect(sourceFolderOf({ 'tsconfig.json': { compilerOptions: { rootDir: './source' } }, 'source/a.ts': '' })).toBe(
      'source',
    );
  });

  it('takes the first included folder that is not a test folder', () => {
    expect(
      sourceFolderOf({
        'tsconfig.json': { include: ['test/**/*.ts', 'server/**/*.ts'] },
        'server/a.ts': '',
        'test/a.test.ts': '',
      }),
    ).toBe('server');
  });

  it('falls back to a conventional folder', () => {
    expect(sourceFolderOf({ 'tsconfig.json': {}, 'lib/a.ts': '' })).toBe('lib');
  });

  it('takes the project itself when the code sits at the top', () => {
    expect(sourceFolderOf({ 'tsconfig.json': {}, 'index.ts': '' })).toBe('.');
  });

  it('does not look inside node_modules or build output', () => {
    expect(listFiles(tempProject({ 'node_modules/x/index.ts': '', 'dist/a.js': '', 'src/a.ts': '' }))).toEqual([
      'src/a.ts',
    ]);
  });
});
