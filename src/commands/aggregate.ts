/** `agent-backend aggregate`: runs the aggregate generator in the current service. */
import AggregateGenerator from '../../generators/aggregate/index.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { runGenerator } from './run-generator.js';

export async function runAggregate({ positionals, flags }: CommandLine, io: CliIo): Promise<void> {
  await runGenerator(AggregateGenerator, {
    cwd: io.cwd,
    namespace: 'agent-backend:aggregate',
    skipInstall: true,
    force: flags.force === true,
    options: { commandLine: { positionals, flags, interactive: io.stdinIsTTY && flags.yes !== true } },
  });
}
