/**
 * A reader that stops early (`npx create-agent-backend svc --yes | head -3`) closes the CLI's
 * stdout while it is still listing the files it writes. The listing stops; the writing must not:
 * the built CLI used to die of the EPIPE half-way through, leaving half a service.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/create-agent-backend.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cab-closed-stdout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length))
    .sort();
}

function create(name: string, closeStdout: boolean): Promise<number | null> {
  const child = spawn(process.execPath, [bin, name, '--yes', '--skip-install', '--skip-git'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  if (closeStdout) child.stdout.destroy();
  else child.stdout.resume();
  return new Promise((resolve) => child.once('exit', resolve));
}

describe('create with its stdout closed early', () => {
  it('writes the whole service and exits 0', async () => {
    expect(await create('closed', true)).toBe(0);
    expect(await create('open', false)).toBe(0);
    expect(filesUnder(join(work, 'closed'))).toEqual(filesUnder(join(work, 'open')));
  }, 60_000);
});
