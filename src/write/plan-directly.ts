/**
 * `aggregate` and `add` without Yeoman when nobody needs to be asked: the plan is made and
 * checked in memory, then its files are written and summed up. When a person must answer (fields
 * to ask for, or files they changed, which Yeoman's conflict prompt shows as a diff), this returns
 * false and the caller runs the Yeoman generator instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePlan } from '../aggregate/describe-plan.js';
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import type { CommandInput } from '../aggregate/plan-command.js';
import { writeFiles } from './write-files.js';

export interface DirectPlanRun extends Omit<CommandInput, 'read'> {
  log: (line: string) => void;
  plan: (input: CommandInput) => Promise<AggregatePlan | undefined>;
  summary?: { next: string; unchanged: string };
}

export function readFrom(root: string): (path: string) => string | undefined {
  return (path) => {
    const full = join(root, path);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  };
}

export async function planDirectly({ log, plan: makePlan, summary, ...input }: DirectPlanRun): Promise<boolean> {
  const plan = await makePlan({ ...input, read: readFrom(input.root) });
  if (!plan) return false;
  const dryRun = input.flags['dry-run'] === true;
  if (!dryRun && plan.conflicts.length > 0 && input.flags.force !== true) return false;
  if (!dryRun) {
    const forced = [...plan.edited, ...plan.conflicts].map((change) => [change.path, change.after] as const);
    const overwritten = new Set(plan.conflicts.map((change) => change.path));
    writeFiles(input.root, [...plan.created, ...forced], { from: input.root, log, forced: new Set(forced.map(([path]) => path)), overwritten });
  }
  log(describePlan(plan, { dryRun, ...summary }));
  return true;
}
