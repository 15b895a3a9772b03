/**
 * The plan of an `aggregate` run in a service folder: read `.yo-rc.json` and the files the
 * registrations touch, plan, refuse a plan with a problem. The Yeoman generator and the direct
 * path (no Yeoman) share it; `askFields` exists only where a prompt can be shown.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { FlagValue } from '../options/parse-command-line.js';
import { aggregateRequest, resolveAggregates, type AggregateRequest } from './aggregate-options.js';
import { planProblems } from './describe-plan.js';
import { planAggregates, type AggregatePlan } from './plan-aggregates.js';
import { CONFIG_FILE, readServiceConfig } from './service-config.js';

export interface CommandInput {
  root: string;
  positionals: string[];
  flags: Record<string, FlagValue>;
  interactive: boolean;
  read: (path: string) => string | undefined;
}

/** The facts about the service every plan needs: its settings, package name and migrations. */
export function serviceFacts(input: Pick<CommandInput, 'root' | 'read'>) {
  const config = readServiceConfig(input.read(CONFIG_FILE), input.root);
  const pkg = JSON.parse(input.read('package.json') ?? '{}') as { name?: string };
  const migrations = join(input.root, 'migrations');
  return { config, serviceName: pkg.name ?? 'service', migrationFiles: existsSync(migrations) ? readdirSync(migrations) : [] };
}

/** Throws the one-line refusal of a plan that must not be written (a dry run only shows it). */
export function refuseProblems(plan: AggregatePlan, { flags, interactive }: Pick<CommandInput, 'flags' | 'interactive'>): AggregatePlan {
  const problem = planProblems(plan, { force: flags.force === true, interactive });
  if (problem && flags['dry-run'] !== true) throw new InputError(problem);
  return plan;
}

/** undefined: fields must be asked for and `askFields` was not given. */
export async function planAggregateCommand(
  input: CommandInput,
  askFields?: (request: AggregateRequest) => Promise<string[]>,
): Promise<AggregatePlan | undefined> {
  const { serviceName, config, migrationFiles } = serviceFacts(input);
  const request = aggregateRequest(input.positionals, input.flags, input.root);
  if (!request.from && request.fields.length + request.refs.length === 0) {
    if (!input.interactive) throw new InputError(`no fields given for ${request.name} — add --field name:type (repeatable), or --from file`);
    if (!askFields) return undefined;
    request.fields = await askFields(request);
  }
  const aggregates = await resolveAggregates(request, config.aggregates);
  const plan = await planAggregates({ serviceName, config, aggregates, read: input.read, migrationFiles });
  return refuseProblems(plan, input);
}
