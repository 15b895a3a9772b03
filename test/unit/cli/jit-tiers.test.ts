/**
 * The bins run without TurboFan (src/jit-tiers.ts): a function V8 is told to optimize stays
 * unoptimized after `skipOptimizingCompiler()`, and is TurboFan-compiled without it (so the check
 * can fail); and a whole run of each bin, traced with --trace-opt, compiles nothing with TurboFan.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('is in force for a whole run of each bin: V8 compiles nothing with TurboFan', () => {
    const bins = fileURLToPath(new URL('../../../bin/', import.meta.url));
    const traced = (args: string[]): string => {
      const result = spawnSync(process.execPath, ['--trace-opt', ...args], { cwd: work, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    const create = ['svc', '--yes', '--dry-run', '--skip-install', '--skip-git'];
    expect(traced([join(bins, 'create-agent-backend.js'), ...create])).not.toContain('TURBOFAN');
    expect(traced([join(bins, 'agent-backend.js'), 'explain'])).not.toContain('TURBOFAN');
    // the same run through main() without the call does reach TurboFan, so the check can fail
    const withoutCall = `const { main } = await import(${JSON.stringify(cli)}); await main(${JSON.stringify(create)}, 'create-agent-backend');`;
    expect(traced(['--input-type=module', '-e', withoutCall])).toContain('TURBOFAN');
  }, 60_000);
});
