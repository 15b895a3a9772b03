/** Words for a plan: the refusal that stops a run, and the summary (with diffs on --dry-run). */
import { unifiedDiff } from '../ast/unified-diff.js';
import type { AggregatePlan } from './plan-aggregates.js';

/** Why the plan must not be written, as one line; undefined when it may. */
export function planProblems(plan: AggregatePlan, options: { force: boolean; interactive: boolean }): string | undefined {
  const redefined = plan.redefined[0];
  if (redefined) {
    const files = redefined.changes.map((c) => c.path).join(', ');
    return `${redefined.name} exists with another definition (fields, events or their transitions); changing it may need a migration, so nothing was written — edit the domain code and add a migration by hand (files that would change: ${files}; --dry-run shows the diff)`;
  }
  if (plan.conflicts.length > 0 && !options.force && !options.interactive) {
    return `${plan.conflicts.length} file(s) changed since they were generated: ${plan.conflicts.map((c) => c.path).join(', ')} — nothing was written; pass --force to overwrite them, or run in a terminal to decide file by file`;
  }
  return undefined;
}

export function describePlan(
  plan: AggregatePlan,
  options: { dryRun: boolean; next?: string; unchanged?: string },
): string {
  const lines: string[] = [];
  for (const name of plan.unchanged) {
    lines.push(`${name}: ${options.unchanged ?? 'already there, same definition'} — nothing to do.`);
  }
  if (plan.created.size > 0) {
    lines.push(`${options.dryRun ? 'Would create' : 'Created'} ${plan.created.size} file(s):`);
    for (const path of [...plan.created.keys()].sort()) lines.push(`  ${path}`);
  }
  if (plan.edited.length > 0) {
    lines.push(`${options.dryRun ? 'Would edit' : 'Edited'} ${plan.edited.length} file(s):`);
    for (const change of plan.edited) {
      lines.push(options.dryRun ? unifiedDiff(change.path, change.before, change.after) : `  ${change.path}`);
    }
  }
  for (const redefined of plan.redefined) {
    for (const change of redefined.changes) lines.push(unifiedDiff(change.path, change.before, change.after));
  }
  if (plan.created.size + plan.edited.length === 0 && plan.redefined.length === 0) lines.push('Nothing to change.');
  else if (!options.dryRun) lines.push('', `Next: ${options.next ?? 'npm run db:migrate && npm test'}`);
  lines.push(...(plan.warnings ?? []));
  return lines.join('\n');
}
