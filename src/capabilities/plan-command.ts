/** The plan of an `add <capability>` run in a service folder, shared by the Yeoman generator and the direct path. */
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import { refuseProblems, serviceFacts, type CommandInput } from '../aggregate/plan-command.js';
import { capabilityNamed, planCapability } from './plan-capability.js';

export async function planAddCommand(input: CommandInput): Promise<AggregatePlan> {
  const capability = capabilityNamed(input.positionals[0]);
  const { serviceName, config, migrationFiles } = serviceFacts(input);
  return refuseProblems(await planCapability(capability, { serviceName, config, read: input.read, migrationFiles }), input);
}

/** How the summary of an `add` run words what it did. */
export const ADD_SUMMARY = { next: 'npm install && npm run db:migrate && npm test', unchanged: 'already added' };
