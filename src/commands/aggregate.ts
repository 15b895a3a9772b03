/** `agent-backend aggregate`: not in this version yet; says so instead of pretending. */
import { InputError } from '../errors.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';

export async function runAggregate(_commandLine: CommandLine, _io: CliIo): Promise<void> {
  throw new InputError('`agent-backend aggregate` is not available in this version yet — add the aggregate to your domain file and generate the service again (see README, Limits)');
}
