/**
 * The Yeoman generators (used when a person at the terminal must answer) and the direct path
 * (everything else) write the same bytes: the same plan, the same `.yo-rc.json`.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import AddGenerator from '../../generators/add/index.js';
import AggregateGenerator from '../../generators/aggregate/index.js';
import AppGenerator from '../../generators/app/index.js';
import { main, type CliIo } from '../../src/cli.js';
import { snapshot } from '../support/snapshot.js';
import { runGenerator } from '../../src/commands/run-generator.js';
import { parseCommandLine } from '../../src/options/parse-command-line.js';

const orderingDomain = fileURLToPath(new URL('../../examples/domains/ordering.md', import.meta.url));
const CREATE = ['shop', '--domain', orderingDomain, '--features', 'auth', '--skip-install', '--skip-git'];
const AGGREGATE = ['aggregate', 'Invoice', '--field', 'number:string:unique', '--ref', 'customer:Customer'];

async function direct(bin: 'create-agent-backend' | 'agent-backend', cwd: string, args: string[]): Promise<void> {
  const stderr: string[] = [];
  const io: CliIo = { cwd, stdinIsTTY: false, out: () => undefined, err: (t) => stderr.push(t) };
  expect(await main(args, bin, io), stderr.join('\n')).toBe(0);
}

/** The generator through Yeoman, with the same parsed command line and no prompts. */
async function throughYeoman(generator: unknown, cwd: string, args: string[], bin: 'create-agent-backend' | 'agent-backend'): Promise<void> {
  const { positionals, flags } = parseCommandLine(args, bin);
  const dir = bin === 'create-agent-backend' ? positionals[0] : undefined;
  const commandLine = bin === 'create-agent-backend' ? { ...(dir ? { dir } : {}), flags, interactive: false } : { positionals, flags, interactive: false };
  const namespace = bin === 'create-agent-backend' ? 'agent-backend:app' : `agent-backend:${args[0]}`;
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await runGenerator(generator, { cwd, namespace: namespace as `agent-backend:${string}`, skipInstall: true, force: false, options: { commandLine } });
  } finally {
    process.stdout.write = write;
  }
}

describe('the Yeoman path and the direct path', () => {
  it('create the same service, then add the same aggregate and capability', async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'cab-direct-')), mkdtempSync(join(tmpdir(), 'cab-yeoman-'))];
    await direct('create-agent-backend', a, CREATE);
    await throughYeoman(AppGenerator, b, CREATE, 'create-agent-backend');
    expect(snapshot(join(b, 'shop'))).toEqual(snapshot(join(a, 'shop')));

    cpSync(join(a, 'shop'), join(a, 'second'), { recursive: true });
    await direct('agent-backend', join(a, 'shop'), AGGREGATE);
    await throughYeoman(AggregateGenerator, join(a, 'second'), AGGREGATE, 'agent-backend');
    expect(snapshot(join(a, 'second'))).toEqual(snapshot(join(a, 'shop')));

    await direct('agent-backend', join(a, 'shop'), ['add', 'cache']);
    await throughYeoman(AddGenerator, join(a, 'second'), ['add', 'cache'], 'agent-backend');
    expect(snapshot(join(a, 'second'))).toEqual(snapshot(join(a, 'shop')));
  }, 120_000);
});
