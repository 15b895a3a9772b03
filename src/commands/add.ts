/** `agent-backend add <capability>`: runs the add generator in the current service. */
import AddGenerator from '../../generators/add/index.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { runGenerator } from './run-generator.js';

export async function runAdd({ positionals, flags }: CommandLine, io: CliIo): Promise<void> {
  await runGenerator(AddGenerator, {
    cwd: io.cwd,
    namespace: 'agent-backend:add',
    skipInstall: true,
    force: flags.force === true,
    options: { commandLine: { positionals, flags, interactive: io.stdinIsTTY && flags.yes !== true } },
  });
}
