/** `agent-backend aggregate`: runs the aggregate generator in the current service; in a repository
 * the tool did not create (no `.yo-rc.json`), writes a slice in the repository's own style. */
import AggregateGenerator from '../../generators/aggregate/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { runGenerator } from './run-generator.js';

export async function runAggregate(commandLine: CommandLine, io: CliIo): Promise<void> {
  if (!existsSync(join(io.cwd, '.yo-rc.json'))) {
    const { runForeignAggregate } = await import('../foreign/run-foreign.js');
    return runForeignAggregate(commandLine, io);
  }
  const { positionals, flags } = commandLine;
  await runGenerator(AggregateGenerator, {
    cwd: io.cwd,
    namespace: 'agent-backend:aggregate',
    skipInstall: true,
    force: flags.force === true,
    options: { commandLine: { positionals, flags, interactive: io.stdinIsTTY && flags.yes !== true } },
  });
}
