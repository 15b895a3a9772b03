import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../src/cli.js';
import { itWithSharedSpecs, sharedSpec } from '../spec/fixture-paths.js';

const referenceSpec = sharedSpec('backend-developer.md');
const orderingDomain = fileURLToPath(new URL('../../../examples/domains/ordering.md', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/specs/', import.meta.url));

function capture(cwd = process.cwd()): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdinIsTTY: false, out: (t) => stdout.push(t), err: (t) => stderr.push(t), stdout, stderr };
}

describe('agent-backend explain', () => {
  itWithSharedSpecs('lists the technologies of the reference spec with their lines, as JSON', async () => {
    const io = capture();
    expect(await main(['explain', '--spec', referenceSpec, '--json'], 'agent-backend', io)).toBe(0);
    const report = JSON.parse(io.stdout.join('\n')) as { technologies: { name: string; lines: number[] }[] };
    const fastapi = report.technologies.find((t) => t.name === 'FastAPI');
    expect(fastapi?.lines[0]).toBe(3);
  });

  itWithSharedSpecs('adds the aggregates of a domain file to the text report', async () => {
    const io = capture();
    expect(await main(['explain', '--spec', referenceSpec, '--domain', orderingDomain], 'agent-backend', io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('Customer');
    expect(text).toContain('Order');
  });

  it('falls back to the bundled spec when none is found in the working folder', async () => {
    const io = capture(mkdtempSync(join(tmpdir(), 'cab-explain-')));
    expect(await main(['explain', '--json'], 'agent-backend', io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).spec.file).toMatch(/specs[/\\]backend-developer\.md$/);
  });

  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.md') && !['empty.md', 'whitespace.md', 'invalid-utf8.md'].includes(f)))(
    'explains the fixture spec %s with exit 0',
    async (name) => {
      const io = capture();
      expect(await main(['explain', '--spec', join(fixtures, name)], 'agent-backend', io), io.stderr.join('\n')).toBe(0);
      expect(io.stdout.join('\n')).toContain('Technologies the spec names');
    },
  );

  it.each([
    ['a missing spec', (dir: string) => join(dir, 'nope.md'), /nope\.md/],
    ['a binary spec', () => join(fixtures, 'binary.bin'), /binary\.bin/],
    ['a whitespace-only spec', () => join(fixtures, 'whitespace.md'), /whitespace\.md/],
    ['an empty spec', (dir: string) => (writeFileSync(join(dir, 'empty.md'), ''), join(dir, 'empty.md')), /empty\.md/],
  ])('exits 1 with one line for %s', async (_label, makePath, pattern) => {
    const dir = mkdtempSync(join(tmpdir(), 'cab-explain-'));
    const io = capture(dir);
    expect(await main(['explain', '--spec', makePath(dir)], 'agent-backend', io)).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(pattern);
  });

  itWithSharedSpecs('exits 1 naming the file and line of an invalid domain file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cab-explain-'));
    const domain = join(dir, 'domain.md');
    writeFileSync(domain, '---\ncontext: Shop\naggregates:\n  Order:\n    fields:\n      total: moneyy\n---\n');
    const io = capture(dir);
    expect(await main(['explain', '--spec', referenceSpec, '--domain', domain], 'agent-backend', io)).toBe(1);
    expect(io.stderr[0]).toMatch(new RegExp(`^error: ${domain.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:6: `));
  });
});
