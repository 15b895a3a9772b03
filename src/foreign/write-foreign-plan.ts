/**
 * Writes a foreign-repository plan to disk, only after the whole plan was computed: new files,
 * the registration edits and, with --force, the files in the way. No Yeoman here: the tool did
 * not create this repository, so there is no `.yo-rc.json` and no generated file to ask about.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';

export function writeForeignPlan(dir: string, plan: AggregatePlan, options: { force: boolean }): void {
  const files = new Map(plan.created);
  for (const change of plan.edited) files.set(change.path, change.after);
  if (options.force) for (const change of plan.conflicts) files.set(change.path, change.after);
  for (const [file, content] of files) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
