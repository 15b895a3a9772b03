/**
 * `agent-backend aggregate`: written directly, or by the aggregate generator when a person must
 * answer; in a repository the tool did not create (no `.yo-rc.json` of ours), a slice in its own style.
 */
import { planAggregateCommand } from '../aggregate/plan-command.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { isGeneratedByUs } from '../project/generated-by-us.js';
import { planDirectly } from '../write/plan-directly.js';

export async function runAggregate(commandLine: CommandLine, io: CliIo): Promise<void> {
  if (!isGeneratedByUs(io.cwd)) {
    const { runForeignAggregate } = await import('../foreign/run-foreign.js');
    return runForeignAggregate(commandLine, io);
  }
  const { positionals, flags } = commandLine;
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
