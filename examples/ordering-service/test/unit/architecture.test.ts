import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const domain = fileURLToPath(new URL('../../src/domain/', import.meta.url));
const IMPORT = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('the domain layer', () => {
  it('imports nothing from outside src/domain (no framework, no other layer)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(domain)) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? '';
        const inside =
          specifier.startsWith('.') && resolve(dirname(file), specifier).startsWith(domain);
        if (!inside) offenders.push(`${relative(domain, file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
