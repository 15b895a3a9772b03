/**
 * The bins run without TurboFan (src/jit-tiers.ts): a function V8 is told to optimize stays
 * unoptimized after `skipOptimizingCompiler()`, and is TurboFan-compiled without it (so the check
 * can fail). Runs the built bundle, as the bins do, in a child with V8's natives syntax allowed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = pathToFileURL(fileURLToPath(new URL('../../../dist/cli.js', import.meta.url))).href;
const work = mkdtempSync(join(tmpdir(), 'cab-jit-tiers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** V8's OptimizationStatus bit for TurboFan code (runtime-test.cc). */
const TURBOFANNED = 1 << 6;

function optimizationStatus(skip: boolean): { status: number; stderr: string } {
  const script = join(work, `probe-${skip}.mjs`);
  writeFileSync(
    script,
    [
      `const { skipOptimizingCompiler } = await import(${JSON.stringify(cli)});`,
      skip ? 'skipOptimizingCompiler();' : '',
      'function add(a, b) { return a + b; }',
      '%PrepareFunctionForOptimization(add);',
      'add(1, 2); add(3, 4);',
      '%OptimizeFunctionOnNextCall(add);',
      'add(5, 6);',
      'console.log(%GetOptimizationStatus(add));',
    ].join('\n'),
  );
  const result = spawnSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return { status: Number(result.stdout.trim()), stderr: result.stderr };
}

describe('skipOptimizingCompiler', () => {
  it('keeps V8 from TurboFan-compiling, silently', () => {
    const skipped = optimizationStatus(true);
    expect(skipped.status & TURBOFANNED).toBe(0);
    expect(skipped.stderr).toBe('');
    expect(optimizationStatus(false).status & TURBOFANNED).toBe(TURBOFANNED);
  });

  it('is called by both bins before anything else runs', () => {
    for (const bin of ['create-agent-backend.js', 'agent-backend.js']) {
      const source = readFileSync(fileURLToPath(new URL(`../../../bin/${bin}`, import.meta.url)), 'utf8');
      expect(source.indexOf('skipOptimizingCompiler();'), bin).toBeGreaterThan(0);
      expect(source.indexOf('skipOptimizingCompiler();'), bin).toBeLessThan(source.indexOf('useCompileCache();'));
    }
  });
});
