import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.js';
import { snapshot } from '../support/snapshot.js';

const orderingDomain = fileURLToPath(new URL('../../examples/domains/ordering.md', import.meta.url));
const INVOICE = [
  'aggregate',
  'Invoice',
  '--field',
  'number:string:unique',
  '--field',
  'amount:money',
  '--field',
  'dueOn:date:optional',
  '--ref',
  'customer:Customer',
  '--event',
  'InvoiceIssued',
];

async function cli(bin: 'create-agent-backend' | 'agent-backend', cwd: string, args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { cwd, stdinIsTTY: false, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main(args, bin, io);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function freshService(): Promise<string> {
  const cwd = mkdtempSync(join(tmpdir(), 'cab-agg-'));
  const created = await cli('create-agent-backend', cwd, ['shop', '--domain', orderingDomain, '--skip-install', '--skip-git']);
  expect(created.code, created.stderr).toBe(0);
  return join(cwd, 'shop');
}

describe('agent-backend aggregate', () => {
  let service: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    service = await freshService();
    before = snapshot(service);
  }, 60_000);

  it('adds the slice, a migration and every registration', async () => {
    const result = await cli('agent-backend', service, INVOICE);
    expect(result.code, result.stderr).toBe(0);
    const after = snapshot(service);
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added).toEqual(
      expect.arrayContaining(['src/domain/invoice/invoice.ts', 'src/interfaces/http/routes/invoice.routes.ts']),
    );
    const highest = Math.max(...[...before.keys()].map((p) => Number(/^migrations\/(\d{4})_/.exec(p)?.[1] ?? 0)));
    const next = String(highest + 1).padStart(4, '0');
    expect(added.filter((p) => p.startsWith('migrations/'))).toEqual([`migrations/${next}_create_invoices.sql`]);
    expect(after.get('src/interfaces/http/app.ts')).toContain("prefix: '/api/v1/invoices'");
    expect(after.get('src/infrastructure/db/schema.ts')).toContain("export * from '../invoice/invoice.table.js';");
    const config = JSON.parse(after.get('.yo-rc.json') ?? '{}')['create-agent-backend'];
    expect(config.aggregates).toContain('Invoice');
    for (const [path, text] of before) {
      if (after.get(path) !== text) expect(after.get(path)?.startsWith(text.slice(0, 20)), path).toBe(true);
    }
  });

  it('changes nothing when run again with the same definition', async () => {
    const tree = snapshot(service);
    const result = await cli('agent-backend', service, INVOICE);
    expect(result.code, result.stderr).toBe(0);
    expect(snapshot(service)).toEqual(tree);
  });

  it('refuses a changed definition of an existing aggregate, naming the migration it needs', async () => {
    const tree = snapshot(service);
    const result = await cli('agent-backend', service, [...INVOICE, '--field', 'note:text:optional']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invoice exists with another definition \(fields, events or their transitions\); changing it may need a migration/);
    expect(snapshot(service)).toEqual(tree);
  });

  it('refuses to overwrite a file the user changed when no one can be asked', async () => {
    const fresh = await freshService();
    const path = join(fresh, 'src/domain/invoice/invoice.ts');
    const mine = '// my own invoice, not generated\nexport const invoice = 1;\n';
    mkdirSync(join(fresh, 'src/domain/invoice'), { recursive: true });
    writeFileSync(path, mine);
    const tree = snapshot(fresh);
    const result = await cli('agent-backend', fresh, INVOICE);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('src/domain/invoice/invoice.ts');
    expect(result.stderr).toContain('--force');
    expect(snapshot(fresh)).toEqual(tree);
  });

  it('prints the new files and a diff of each edit on --dry-run, and writes nothing', async () => {
    const fresh = await freshService();
    const tree = snapshot(fresh);
    const stdout: string[] = [];
    const io: CliIo = { cwd: fresh, stdinIsTTY: false, out: (t) => stdout.push(t), err: () => undefined };
    const logs: string[] = [];
    const streams = [process.stdout, process.stderr];
    const originals = streams.map((stream) => stream.write.bind(stream));
    for (const stream of streams) stream.write = ((chunk: string) => (logs.push(String(chunk)), true)) as typeof stream.write;
    try {
      expect(await main([...INVOICE, '--dry-run'], 'agent-backend', io)).toBe(0);
    } finally {
      streams.forEach((stream, i) => (stream.write = originals[i] as typeof stream.write));
    }
    const output = [...stdout, ...logs].join('');
    expect(output).toContain('Would create');
    expect(output).toMatch(/\+\+\+ .*src\/interfaces\/http\/app\.ts/);
    expect(output).toContain("+  await app.register(invoiceRoutes, {");
    expect(snapshot(fresh)).toEqual(tree);
  });

  it('stops with the file and the structure it looked for when the user renamed it', async () => {
    const fresh = await freshService();
    const app = join(fresh, 'src/interfaces/http/app.ts');
    writeFileSync(app, readFileSync(app, 'utf8').replace('function buildApp(', 'function makeServer('));
    const tree = snapshot(fresh);
    const result = await cli('agent-backend', fresh, INVOICE);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/src\/interfaces\/http\/app\.ts.*buildApp/);
    expect(snapshot(fresh)).toEqual(tree);
  });

  it('asks for --field when there is no terminal and no field', async () => {
    const result = await cli('agent-backend', service, ['aggregate', 'Receipt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: no fields given for Receipt — add --field name:type (repeatable), or --from file');
  });

  it('warns of a field whose pattern no test value fits, in the plan it prints', async () => {
    const field = 'icon:string:pattern=^\\p{Extended_Pictographic}$';
    const result = await cli('agent-backend', service, ['aggregate', 'Badge', '--field', field, '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\n--field icon: warning: no test value found for Badge\.icon that matches .*badge\.mother\.ts/);
  });

  it('writes the shared CRUD test contract into a service generated before it existed', async () => {
    const older = await freshService();
    const contract = join(older, 'test/support/crud-contract.ts');
    const original = readFileSync(contract, 'utf8');
    rmSync(contract);
    const result = await cli('agent-backend', older, ['aggregate', 'Receipt', '--field', 'total:money']);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(contract, 'utf8')).toBe(original);
  }, 60_000);
});
