/**
 * The plan of a foreign-repository change, in the shape `aggregate` and `add` already print and
 * write (created / edited / conflicts / unchanged). Kernel files are shared by every slice: one
 * that is there already is kept as it is, even when the user changed it.
 */
import type { AggregatePlan, FileChange } from '../aggregate/plan-aggregates.js';
import type { ForeignProject } from './foreign-project.js';

export function emptyPlan(): AggregatePlan {
  return { created: new Map(), edited: [], conflicts: [], unchanged: [], redefined: [] };
}

export interface SliceFiles {
  /** the name the plan reports when every file is already there, the same */
  name: string;
  files: ReadonlyMap<string, string>;
  /** files that are kept when they exist (the kernel) */
  shared: ReadonlySet<string>;
}

/** Sorts the rendered files into the plan; returns true when the slice was new or different. */
export function addSliceFiles(plan: AggregatePlan, project: ForeignProject, slice: SliceFiles): boolean {
  let changed = false;
  for (const [file, content] of slice.files) {
    const existing = project.read(file) ?? plan.created.get(file);
    if (existing === undefined) {
      plan.created.set(file, content);
      if (!slice.shared.has(file)) changed = true;
    } else if (existing !== content && !slice.shared.has(file)) {
      plan.conflicts.push({ path: file, before: existing, after: content });
      changed = true;
    }
  }
  if (!changed) plan.unchanged.push(slice.name);
  return changed;
}

/** Adds the edits of the files `after` changed (text before: the file on disk or an earlier edit). */
export function addEdits(plan: AggregatePlan, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): void {
  for (const [path, text] of after) {
    const earlier = plan.edited.find((change) => change.path === path);
    if (earlier) earlier.after = text;
    else plan.edited.push({ path, before: before.get(path) ?? '', after: text } satisfies FileChange);
  }
}
