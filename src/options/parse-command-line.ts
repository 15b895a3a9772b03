/**
 * argv → a command, its positionals and typed flags. Unknown options, missing values and
 * values outside an option's choices are input errors (exit 1), never guesses.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { COMMANDS, type CommandDeclaration, type CommandName } from './declarations.js';

export type FlagValue = string | boolean | string[] | undefined;

export interface CommandLine {
  command: CommandName;
  positionals: string[];
  flags: Record<string, FlagValue>;
}

const SUBCOMMANDS: readonly CommandName[] = ['aggregate', 'add', 'explain', 'doctor'];

/** What the program is asked before any command: its version, or (agent-backend) the list of its commands. */
export type ProgramRequest = 'version' | 'commands';

/**
 * `--version` for either program; `agent-backend` alone or with only `--help` lists its commands.
 * Any other `agent-backend` line without a command is refused: creating a service in the current
 * folder is never the default of the tool that changes services.
 */
export function programRequest(argv: readonly string[], bin: 'create-agent-backend' | 'agent-backend'): ProgramRequest | undefined {
  const first = argv[0];
  if (first === '--version' || first === '-v') return 'version';
  if (bin !== 'agent-backend' || (first !== undefined && !first.startsWith('-'))) return undefined;
  if (first === '--help' || first === '-h') return 'commands';
  throw new InputError(
    `${first === undefined ? 'no command given' : `"${first}" comes before any command`} — run agent-backend <command>, one of ${['create', ...SUBCOMMANDS].join(', ')} (agent-backend --help)`,
  );
}

/** `bin` is the program name: `create-agent-backend` always creates; `agent-backend` takes a subcommand. */
export function parseCommandLine(argv: readonly string[], bin: 'create-agent-backend' | 'agent-backend'): CommandLine {
  const first = argv[0];
  let command: CommandName = 'create';
  let rest = argv;
  if (bin === 'agent-backend') {
    if (first && SUBCOMMANDS.includes(first as CommandName)) {
      command = first as CommandName;
      rest = argv.slice(1);
    } else if (first === 'create' || first === 'new') {
      rest = argv.slice(1);
    } else if (first && !first.startsWith('-')) {
      throw new InputError(
        `unknown command "${first}" — use one of ${['create', ...SUBCOMMANDS].join(', ')} (agent-backend --help)`,
      );
    }
  }
  const declaration = COMMANDS[command];
  const parsed = parseWith(declaration, rest);
  checkChoices(declaration, parsed.values);
  if (bin === 'create-agent-backend') checkNotSubcommand(parsed.positionals[0]);
  return { command, positionals: parsed.positionals, flags: parsed.values };
}

/**
 * `create-agent-backend explain` would create a service named `explain`: the person almost surely
 * meant `agent-backend explain`. A folder of that name is still possible as `./explain`.
 */
function checkNotSubcommand(folder: string | undefined): void {
  if (folder === undefined || !SUBCOMMANDS.includes(folder as CommandName)) return;
  throw new InputError(
    `"${folder}" is a command of agent-backend, not of create-agent-backend — run npx agent-backend ${folder} (to create a service in a folder named ${folder}, give ./${folder})`,
  );
}

function parseWith(declaration: CommandDeclaration, args: readonly string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const option of declaration.options) {
    options[option.name] = {
      type: option.type,
      ...(option.short ? { short: option.short } : {}),
      ...(option.multiple ? { multiple: true } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, FlagValue>, positionals };
  } catch (error) {
    throw new InputError(`${describeParseError(error)} — see ${declaration.usage.split(' ')[0]} ${helpFlag(declaration)}`);
  }
}

function helpFlag(declaration: CommandDeclaration): string {
  return declaration.name === 'create' ? '--help' : `${declaration.name} --help`;
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+)' argument (?:missing|is ambiguous)/.exec(message);
  if (missing) return `option ${(missing[1] ?? '').replace(/^-\w, /, '').replace(/ <value>$/, '')} needs a value`;
  return message.replace(/\.$/, '').split('\n')[0] ?? message;
}

function checkChoices(declaration: CommandDeclaration, values: Record<string, FlagValue>): void {
  for (const option of declaration.options) {
    const value = values[option.name];
    if (!option.choices || typeof value !== 'string') continue;
    if (!option.choices.includes(value)) {
      throw new InputError(`--${option.name} "${value}" does not exist — use one of ${option.choices.join(', ')}`);
    }
  }
}
