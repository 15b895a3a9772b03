import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { discoverSpec } from '../../../src/spec/discover.js';

let cwd: string;
const packageRoot = '/opt/create-agent-backend';

function place(relative: string): string {
  const file = path.join(cwd, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '# spec\n');
  return file;
}

beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'discover-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('discoverSpec', () => {
  it('falls back to the spec shipped in the package when the project has none', () => {
    expect(discoverSpec(cwd, packageRoot)).toEqual({
      file: path.join(packageRoot, 'specs', 'backend-developer.md'),
      source: 'bundled',
    });
  });

  it.each([
    ['agents/backend-developer.md', 'agents'],
    ['.claude/agents/backend-developer.md', 'claude'],
    ['backend-developer.md', 'cwd'],
  ] as const)('finds %s, preferring it to the places looked at after it', (relative, source) => {
    const candidates = ['agents/backend-developer.md', '.claude/agents/backend-developer.md', 'backend-developer.md'];
    for (const candidate of candidates.slice(0, candidates.indexOf(relative) + 1)) place(candidate);

    expect(discoverSpec(cwd, packageRoot)).toEqual({ file: path.join(cwd, relative), source });
  });

  it('ignores a folder that has the spec name', () => {
    mkdirSync(path.join(cwd, 'backend-developer.md'));

    expect(discoverSpec(cwd, packageRoot).source).toBe('bundled');
  });

  it('uses the --spec path, relative to the working directory, before any other place', () => {
    place('backend-developer.md');
    const chosen = place('specs/mine.md');

    expect(discoverSpec(cwd, packageRoot, 'specs/mine.md')).toEqual({ file: chosen, source: 'flag' });
  });

  it('rejects a --spec path that does not exist, naming the file', () => {
    expect(() => discoverSpec(cwd, packageRoot, 'nope.md')).toThrow(InputError);
    expect(() => discoverSpec(cwd, packageRoot, 'nope.md')).toThrow(
      `${path.join(cwd, 'nope.md')}: spec file not found`,
    );
  });
});
