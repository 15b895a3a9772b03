/**
 * `agent-backend add <capability>`: written directly, or by the add generator when a person must
 * answer; in a repository the tool did not create (no `.yo-rc.json` of ours), a slice in its own style.
 */
import { ADD_SUMMARY, planAddCommand } from '../capabilities/plan-command.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { isGeneratedByUs } from '../project/generated-by-us.js';
import { planDirectly } from '../write/plan-directly.js';

export async function runAdd(commandLine: CommandLine, io: CliIo): Promise<void> {
  if (!isGeneratedByUs(io.cwd)) {
    const { runForeignAdd } = await import('../foreign/run-foreign.js');
    return runForeignAdd(commandLine, io);
  }
  const { positionals, flags } = commandLine;
  const interactive = io.stdinIsTTY && flags.yes !== true;
  if (await planDirectly({ root: io.cwd, positionals, flags, interactive, log: io.out, plan: planAddCommand, summary: ADD_SUMMARY })) return;
  const { default: AddGenerator } = await import('../../generators/add/index.js');
  const { runGenerator } = await import('./run-generator.js');
  await runGenerator(AddGenerator, {
    cwd: io.cwd,
    namespace: 'agent-backend:add',
    skipInstall: true,
    force: flags.force === true,
    options: { commandLine: { positionals, flags, interactive } },
  });
}
