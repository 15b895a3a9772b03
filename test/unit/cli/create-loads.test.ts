/**
 * `create` wires capabilities by text and must not load ts-morph (≈ 0.25 s to load on a 2-core
 * machine, ≈ 0.35 s more to edit with; docs/decisions/create-wires-by-text.md). The built CLI's
 * module loads, as Node's module debug log lists them, show what a run really loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/create-agent-backend.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cab-create-loads-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The vendored modules (dist/vendor/*.cjs) a run loaded. */
function vendoredModulesLoaded(args: readonly string[]): string[] {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, env: { ...process.env, NODE_DEBUG: 'module' }, encoding: 'utf8' });
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  return [...new Set([...run.stderr.matchAll(/load "[^"]*\/vendor\/([\w-]+)\.cjs"/g)].map((match) => match[1] as string))].sort();
}

describe('what create loads', () => {
  it('adds the default capabilities without ts-morph (prettier only, for the few files it formats)', () => {
    const loaded = vendoredModulesLoaded(['with-capabilities', '--yes', '--skip-install', '--skip-git']);
    expect(loaded).toContain('prettier-standalone');
    expect(loaded).not.toContain('ts-morph');
  }, 60_000);
});
