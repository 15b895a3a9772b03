/**
 * The folder the code lives in: tsconfig `rootDir` when it is not the project itself, else the
 * first `include` entry that is not a test folder, else `src/`, `lib/` or `app/` when present.
 */
import type { Evidence, SourceProfile, TsconfigProfile } from './profile.js';

const CONVENTIONAL = ['src', 'lib', 'app'];
const TEST_FOLDERS = /^(test|tests|__tests__|spec)$/;

export function detectSourceFolder(files: readonly string[], tsconfig: TsconfigProfile | undefined): SourceProfile {
  const rootDir = tsconfig?.rootDir;
  if (rootDir !== undefined && rootDir !== '.' && !rootDir.startsWith('..')) {
    return { folder: rootDir, evidence: evidenceFor(tsconfig, '"rootDir"') };
  }
  const included = tsconfig?.include
    .map(topFolder)
    .find((folder) => folder && !TEST_FOLDERS.test(folder) && hasFilesIn(files, folder));
  if (tsconfig && included) {
    return { folder: included, evidence: [{ file: tsconfig.file, note: `"include" starts with ${included}` }] };
  }
  const conventional = CONVENTIONAL.find((folder) => hasFilesIn(files, folder));
  if (conventional) {
    return { folder: conventional, evidence: [{ file: `${conventional}/`, note: 'conventional source folder' }] };
  }
  return { folder: '.', evidence: [{ file: '.', note: 'no src/, lib/ or app/ folder: code sits at the top' }] };
}

/** `src/**\/*.ts` → `src`; a file or a glob at the top → undefined. */
function topFolder(pattern: string): string | undefined {
  const first = pattern.replace(/^\.\//, '').split('/')[0];
  return first && !first.includes('*') && !first.includes('.') ? first : undefined;
}

function hasFilesIn(files: readonly string[], folder: string): boolean {
  return files.some((file) => file.startsWith(`${folder}/`));
}

function evidenceFor(tsconfig: TsconfigProfile | undefined, prefix: string): Evidence[] {
  return tsconfig?.evidence.filter((item) => item.note.startsWith(prefix)) ?? [];
}
