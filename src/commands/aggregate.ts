/** `agent-backend aggregate`: written directly, or by the aggregate generator when a person must answer. */
import { planAggregateCommand } from '../aggregate/plan-command.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { planDirectly } from '../write/plan-directly.js';

export async function runAggregate({ positionals, flags }: CommandLine, io: CliIo): Promise<void> {
  const interactive = io.stdinIsTTY && flags.yes !== true;
  if (await planDirectly({ root: io.cwd, positionals, flags, interactive, log: io.out, plan: (input) => planAggregateCommand(input) })) return;
  const { default: AggregateGenerator } = await import('../../generators/aggregate/index.js');
  const { runGenerator } = await import('./run-generator.js');
  await runGenerator(AggregateGenerator, {
    cwd: io.cwd,
    namespace: 'agent-backend:aggregate',
    skipInstall: true,
    force: flags.force === true,
    options: { commandLine: { positionals, flags, interactive } },
  });
}
