/** The files of a project, without dependencies, build output and version control. */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.turbo']);
const MAX_FILES = 5000;

/** Relative paths with `/`, sorted; at most 5000, enough to judge any layout. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    const entries = readableEntries(path.join(dir, relative));
    for (const entry of entries) {
      if (files.length >= MAX_FILES) return;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) visit(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  visit('');
  return files;
}

/** A folder's entries, sorted; none when it cannot be read (permissions). */
function readableEntries(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

/** TypeScript source, not declarations. */
export function isTypeScriptSource(file: string): boolean {
  return /\.(c|m)?tsx?$/.test(file) && !/\.d\.(c|m)?ts$/.test(file);
}

export function isTestFile(file: string): boolean {
  return /\.(test|spec)\.(c|m)?[jt]sx?$/.test(file) || file.split('/').includes('__tests__');
}
