/**
 * `aggregate` and `add` in a repository without `.yo-rc.json`: inspect it, plan the slice in its
 * style, refuse (exit 1, nothing written) what cannot be done safely, write, and say what to do next.
 */
import { aggregateRequest, resolveAggregates } from '../aggregate/aggregate-options.js';
import { describePlan, planProblems } from '../aggregate/describe-plan.js';
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import type { CliIo } from '../cli.js';
import { InputError } from '../errors.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { openForeignProject, type ForeignProject } from './foreign-project.js';
import { planForeignAggregates } from './plan-foreign-aggregate.js';
import { planForeignCapability } from './plan-foreign-capability.js';
import { writeForeignPlan } from './write-foreign-plan.js';

function finish(project: ForeignProject, plan: AggregatePlan, { flags }: CommandLine, io: CliIo, next: string): void {
  const dryRun = flags['dry-run'] === true;
  const problem = planProblems(plan, { force: flags.force === true, interactive: false });
  if (problem && !dryRun) throw new InputError(problem);
  if (!dryRun) writeForeignPlan(project.profile.dir, plan, { force: flags.force === true });
  const notes = project.dialect ? [] : ['No tests were written: the tool writes tests for Vitest, Jest and node:test only.'];
  io.out([describePlan(plan, { dryRun, next }), ...notes].join('\n'));
}

/** What to run next, in the repository's package manager and with its own scripts where it has them. */
function nextStep(project: ForeignProject, install: boolean): string {
  const manager = project.profile.packageManager.name;
  // `bun test` is bun's own runner, not the script
  const run = (script: string) => (manager === 'yarn' || manager === 'pnpm' ? `${manager} ${script}` : `${manager} run ${script}`);
  const scripts = (JSON.parse(project.read('package.json') ?? '{}') as { scripts?: Record<string, string> }).scripts ?? {};
  const steps = [
    ...(install ? [`${manager} install`] : []),
    scripts.typecheck ? run('typecheck') : 'npx tsc --noEmit',
    ...(scripts.test ? [run('test')] : []),
  ];
  return steps.join(' && ');
}

export async function runForeignAggregate(commandLine: CommandLine, io: CliIo): Promise<void> {
  const { positionals, flags } = commandLine;
  const project = await openForeignProject(io.cwd);
  const request = aggregateRequest(positionals, flags, io.cwd);
  if (!request.from && request.fields.length + request.refs.length === 0) {
    throw new InputError(`no fields given for ${request.name} — add --field name:type (repeatable), or --from file`);
  }
  const referenced = request.refs.map((ref) => ref.slice(ref.indexOf(':') + 1)).filter(Boolean);
  const aggregates = await resolveAggregates(request, referenced);
  const folder = typeof flags.in === 'string' ? flags.in : undefined;
  const plan = await planForeignAggregates(project, aggregates, folder);
  finish(project, plan, commandLine, io, nextStep(project, false));
}

export async function runForeignAdd(commandLine: CommandLine, io: CliIo): Promise<void> {
  const project = await openForeignProject(io.cwd);
  const folder = typeof commandLine.flags.in === 'string' ? commandLine.flags.in : undefined;
  const { plan, addsDependencies } = await planForeignCapability(project, commandLine.positionals, folder);
  finish(project, plan, commandLine, io, nextStep(project, addsDependencies));
}
