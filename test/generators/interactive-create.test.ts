/**
 * `create` with a person at the terminal: the Yeoman path (prompts for name, domain, database,
 * capabilities), driven through a pseudo-terminal by test/support/pty-answers.py. It is the only
 * path that loads Yeoman for `create` since it is written directly otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const python = spawnSync('python3', ['-c', 'import pty'], { encoding: 'utf8' });
const skip = python.status === 0 ? undefined : 'python3 with its pty module is not available';
if (skip && process.env.CI === 'true') throw new Error(`interactive create test: ${skip} (required in CI)`);
if (skip) console.warn(`skipping the interactive create test: ${skip}`);

const cwd = mkdtempSync(join(tmpdir(), 'cab-tty-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe.skipIf(skip !== undefined)('create at a terminal', () => {
  it('asks for the name, domain file, database and capabilities, then writes the service', () => {
    const answers = ['Service name=tty-shop\r', 'Domain file=\r', 'Database=\r', 'Capabilities=\r'];
    const run = spawnSync(
      'python3',
      [join(root, 'test/support/pty-answers.py'), ...answers, '--', process.execPath, join(root, 'bin/create-agent-backend.js'), '--skip-install', '--skip-git'],
      { cwd, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('tty-shop is ready');
    const config = JSON.parse(readFileSync(join(cwd, 'tty-shop/.yo-rc.json'), 'utf8')) as Record<string, { db: string; capabilities: string[] }>;
    expect(config['create-agent-backend']?.db).toBe('sqlite');
    expect(config['create-agent-backend']?.capabilities).toContain('auth');
    expect(existsSync(join(cwd, 'tty-shop/src/bootstrap.ts'))).toBe(true);
  }, 120_000);
});
