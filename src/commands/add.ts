/** `agent-backend add <capability>`: not in this version yet; says so instead of pretending. */
import { InputError } from '../errors.js';
import { CAPABILITY_NAMES } from '../options/declarations.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';

export async function runAdd(commandLine: CommandLine, _io: CliIo): Promise<void> {
  const capability = commandLine.positionals[0];
  if (!capability) throw new InputError(`agent-backend add needs a capability — one of ${CAPABILITY_NAMES.join(', ')}`);
  if (!(CAPABILITY_NAMES as readonly string[]).includes(capability)) {
    throw new InputError(`unknown capability "${capability}" — use one of ${CAPABILITY_NAMES.join(', ')}`);
  }
  throw new InputError(`\`agent-backend add ${capability}\` is not available in this version yet (see README, Limits)`);
}
