/**
 * The bundle in dist/ (built by `npm test` before the tests run) loads its chunks and vendored
 * files by relative path: every one must exist. A build plugin that marks too much as external
 * (once, chalk's own `./vendor/ansi-styles`) breaks only the path that loads that chunk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../../dist', import.meta.url));

function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return bundleFiles(path);
    return /\.(c|m)?js$/u.test(entry.name) ? [path] : [];
  });
}

/** `from"./chunk-X.js"`, `import("./x.js")`, `require("./vendor/x.cjs")` — with an extension, as the bundler writes them (not the `"./module"` of an error message) */
const RELATIVE = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](\.\.?\/[^"']+\.(?:c|m)?js)["']/gu;

describe('the built bundle', () => {
  it('has every file its chunks import or require by relative path', () => {
    const missing: string[] = [];
    for (const file of bundleFiles(dist)) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE)) {
        if (!existsSync(join(dirname(file), specifier as string))) missing.push(`${relative(dist, file)} → ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
