/**
 * Whether relative imports in the existing source carry an extension (`./x.js`, `./x.ts`) or
 * none, read from a sample of source files; without imports to read, what the module
 * resolution requires (node16/nodenext ESM needs `.js`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import type { Evidence, ImportExtension, ModuleSystem } from './profile.js';

const SAMPLE_SIZE = 12;

export function detectImportExtension(
  dir: string,
  sourceFiles: readonly string[],
  system: ModuleSystem,
  moduleResolution: string | undefined,
): { extension: ImportExtension; evidence: Evidence[] } {
  const counts = new Map<ImportExtension, number>();
  const evidence: Evidence[] = [];
  for (const file of sourceFiles.slice(0, SAMPLE_SIZE)) {
    const specifiers = relativeImports(path.join(dir, file));
    for (const specifier of specifiers) {
      const extension = extensionOf(specifier);
      counts.set(extension, (counts.get(extension) ?? 0) + 1);
    }
    const first = specifiers[0];
    if (first !== undefined) evidence.push({ file, note: `imports '${first}'` });
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const winner = ranked[0];
  if (winner) return { extension: winner[0], evidence: evidence.slice(0, 3) };
  const needsJs = system === 'esm' && /^node(16|18|20|next)$/i.test(moduleResolution ?? '');
  return {
    extension: needsJs ? '.js' : '',
    evidence: [
      {
        file: '.',
        note: `no relative imports to sample; ${needsJs ? 'ESM with node16/nodenext resolution needs .js' : 'no extension needed'}`,
      },
    ],
  };
}

function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('./') || name.startsWith('../'));
}

function extensionOf(specifier: string): ImportExtension {
  if (/\.(c|m)?js$/.test(specifier)) return '.js';
  if (/\.(c|m)?tsx?$/.test(specifier)) return '.ts';
  return '';
}
