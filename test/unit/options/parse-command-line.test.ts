import { describe, expect, it } from 'vitest';
import { formatCommandsHelp, formatHelp } from '../../../src/options/format-help.js';
import { parseCommandLine, programRequest } from '../../../src/options/parse-command-line.js';

describe('parseCommandLine', () => {
  it('treats create-agent-backend arguments as the create command', () => {
    const line = parseCommandLine(['shop', '--yes', '--db', 'sqlite'], 'create-agent-backend');
    expect(line).toEqual({ command: 'create', positionals: ['shop'], flags: { yes: true, db: 'sqlite' } });
  });

  it('takes a folder named like an agent-backend command when it is written as a path', () => {
    expect(parseCommandLine(['./doctor', '--yes'], 'create-agent-backend').positionals).toEqual(['./doctor']);
  });

  it('routes agent-backend subcommands and collects repeatable flags', () => {
    const line = parseCommandLine(
      ['aggregate', 'Invoice', '--field', 'number:string:unique', '--field', 'amount:money'],
      'agent-backend',
    );
    expect(line.command).toBe('aggregate');
    expect(line.positionals).toEqual(['Invoice']);
    expect(line.flags.field).toEqual(['number:string:unique', 'amount:money']);
  });

  it.each([
    [['--colour'], 'create-agent-backend', 'unknown option --colour — see create-agent-backend --help'],
    [['--db', 'mysql'], 'create-agent-backend', '--db "mysql" does not exist — use one of sqlite, libsql, postgres'],
    [['--spec'], 'create-agent-backend', 'option --spec needs a value — see create-agent-backend --help'],
    [['--db', '--yes'], 'create-agent-backend', 'option --db needs a value — see create-agent-backend --help'],
    [['deploy'], 'agent-backend', 'unknown command "deploy" — use one of create, aggregate, add, explain, doctor (agent-backend --help)'],
    [['explain', '--force'], 'agent-backend', 'unknown option --force — see agent-backend explain --help'],
    [
      ['--yes', 'explain'],
      'create-agent-backend',
      '"explain" is a command of agent-backend, not of create-agent-backend — run npx agent-backend explain (to create a service in a folder named explain, give ./explain)',
    ],
  ] as const)('rejects %j with a one-line message', (argv, bin, message) => {
    expect(() => parseCommandLine(argv, bin)).toThrow(message);
  });
});

describe('formatHelp', () => {
  it('lists every option of a command with its choices and an example', () => {
    const help = formatHelp('create');
    expect(help).toContain('Usage: create-agent-backend [dir] [options]');
    expect(help).toMatch(/--db <sqlite\|libsql\|postgres>\s+database/);
    expect(help).toContain('npm create agent-backend@latest my-service');
    expect(help.split('\n').every((line) => line.length <= 140)).toBe(true);
  });

  it('gives each subcommand its own usage', () => {
    expect(formatHelp('aggregate')).toContain('--field <name:type[:mod…]> (repeatable)');
    expect(formatHelp('explain')).toContain('--json');
  });
});

describe('programRequest', () => {
  it('answers --version for either program', () => {
    expect(programRequest(['--version'], 'create-agent-backend')).toBe('version');
    expect(programRequest(['-v'], 'agent-backend')).toBe('version');
  });

  it('lists the commands for agent-backend --help, and leaves a command line with a command alone', () => {
    expect(programRequest(['--help'], 'agent-backend')).toBe('commands');
    expect(programRequest(['explain', '--help'], 'agent-backend')).toBeUndefined();
    expect(programRequest(['--help'], 'create-agent-backend')).toBeUndefined();
    expect(programRequest([], 'create-agent-backend')).toBeUndefined();
  });

  it.each([
    [[], 'no command given'],
    [['--yes'], '"--yes" comes before any command'],
  ])('refuses agent-backend %j instead of creating a service in the current folder', (argv, start) => {
    expect(() => programRequest(argv, 'agent-backend')).toThrow(
      `${start} — run agent-backend <command>, one of create, aggregate, add, explain, doctor (agent-backend --help)`,
    );
  });

  it('describes every command of agent-backend', () => {
    const help = formatCommandsHelp();
    for (const command of ['create [dir]', 'aggregate', 'add', 'explain', 'doctor']) expect(help).toContain(`\n  ${command} `);
  });
});
