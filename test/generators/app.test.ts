import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';

const orderingDomain = fileURLToPath(new URL('../../examples/domains/ordering.md', import.meta.url));

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'cab-app-'));
}

async function create(cwd: string, args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { cwd, stdinIsTTY: false, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main([...args, '--skip-install', '--skip-git'], 'create-agent-backend', io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe('create-agent-backend (app generator)', () => {
  it('writes a service for the default domain with its settings in .yo-rc.json', async () => {
    const cwd = workspace();
    const result = await create(cwd, ['shop', '--yes']);
    expect(result.code, result.stderr).toBe(0);
    const files = filesUnder(join(cwd, 'shop'));
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'src/bootstrap.ts',
        'src/interfaces/http/app.ts',
        'src/domain/prompt/prompt.ts',
        'migrations/0004_create_prompts.sql',
        'docs/STACK.md',
        '.gitignore',
      ]),
    );
    expect(JSON.parse(readFileSync(join(cwd, 'shop/package.json'), 'utf8')).name).toBe('shop');
    const config = JSON.parse(readFileSync(join(cwd, 'shop/.yo-rc.json'), 'utf8'))['create-agent-backend'];
    expect(config).toMatchObject({ db: 'sqlite', context: 'PromptCatalogue', aggregates: ['Tenant', 'Tag', 'Prompt'] });
  });

  it('writes the same bytes when run twice into fresh folders', async () => {
    const [first, second] = [workspace(), workspace()];
    expect((await create(first, ['shop', '--domain', orderingDomain])).code).toBe(0);
    expect((await create(second, ['shop', '--domain', orderingDomain])).code).toBe(0);
    const files = filesUnder(join(first, 'shop'));
    expect(filesUnder(join(second, 'shop'))).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(second, 'shop', file), 'utf8'), file).toBe(readFileSync(join(first, 'shop', file), 'utf8'));
    }
  });

  it('lists the files of a dry run and writes nothing', async () => {
    const cwd = workspace();
    const result = await create(cwd, ['dry', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(cwd, 'dry'))).toBe(false);
    const listed = result.stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(listed).toContain('  .yo-rc.json');
    expect(result.stdout).toContain(`Would create ${listed.length} files`);
  });

  it('warns, with file and line, of a field whose pattern no test value fits, and still generates', async () => {
    const cwd = workspace();
    const domain = '---\ncontext: Shop\naggregates:\n  Badge:\n    fields:\n      icon: { type: string, pattern: \'^\\p{Extended_Pictographic}$\' }\n---\n';
    writeFileSync(join(cwd, 'badges.md'), domain);
    const result = await create(cwd, ['svc', '--yes', '--features', 'none', '--domain', 'badges.md', '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/badges\.md:6: warning: no test value found for Badge\.icon that matches .* test\/support\/mothers\/badge\.mother\.ts/);
  });

  it.each([
    ['a non-empty folder', (cwd: string) => (mkdirSync(join(cwd, 'full')), writeFileSync(join(cwd, 'full/x'), 'x'), ['full']), /full is not empty .* pass --force/],
    ['a name that is not a package name', () => ['Bad Name'], /"Bad Name" is not a valid service name/],
    ['an empty folder name', () => [''], /the folder name is empty — give <dir>/],
    ['a missing domain file', (cwd: string) => ['svc', '--domain', join(cwd, 'nope.md')], /nope\.md/],
    ['an invalid domain file', (cwd: string) => {
      writeFileSync(join(cwd, 'bad.md'), '---\ncontext: Shop\naggregates:\n  Order:\n    fields:\n      total: moneyy\n---\n');
      return ['svc', '--domain', join(cwd, 'bad.md')];
    }, /bad\.md:6: /],
    ['a database that does not exist', () => ['svc', '--db', 'oracle'], /--db "oracle" does not exist/],
  ])('refuses %s with one line, exit 1, and writes nothing', async (_label, args, message) => {
    const cwd = workspace();
    const argv = args(cwd);
    const before = filesUnder(cwd);
    const result = await create(cwd, argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(filesUnder(cwd)).toEqual(before);
  });
});
