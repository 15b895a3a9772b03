/**
 * Writes a plan (aggregate or capability) through a generator's mem-fs: new files as they are,
 * structural edits past the conflicter (they keep every other byte of the file), and files the
 * user changed through it — Yeoman asks, or --force overwrites.
 */
import type Generator from 'yeoman-generator';
import type { AggregatePlan } from '../src/aggregate/plan-aggregates.js';

export function writePlan(generator: Generator, plan: AggregatePlan): void {
  for (const [path, content] of plan.created) generator.fs.write(generator.destinationPath(path), content);
  for (const change of plan.edited) {
    const path = generator.destinationPath(change.path);
    generator.fs.write(path, change.after);
    (generator.env.sharedFs.get(path) as { conflicter?: string }).conflicter = 'force';
  }
  for (const change of plan.conflicts) generator.fs.write(generator.destinationPath(change.path), change.after);
}
