/**
 * Where the files of a slice go in a foreign repository, by role: the slice kernel (shared by
 * every slice: aggregate root, events, guards, errors, HTTP problems) in `<source>/ddd/`, the
 * slice's own modules in its folder, its tests where the repository keeps tests.
 */
import type { SlicePlan } from '../project/slice-plan.js';
import type { SliceTemplate } from './render-slice.js';

export const KERNEL_FILES = ['aggregate-root', 'domain-event', 'errors', 'guards', 'http', 'plain-object'] as const;

/** role (`kernel/guards`, `slice/aggregate`, `test/aggregate`) → project-relative path */
export type SliceLayout = Map<string, string>;

/** `modules`: role → file name stem in the slice folder (`aggregate` → `invoice`). */
export function sliceLayout(
  plan: SlicePlan,
  modules: Record<string, string>,
  tests: Record<string, string>,
): SliceLayout {
  const layout: SliceLayout = new Map();
  for (const name of KERNEL_FILES) layout.set(`kernel/${name}`, `${plan.kernel}/${name}.ts`);
  for (const [role, stem] of Object.entries(modules)) layout.set(`slice/${role}`, `${plan.folder}/${stem}.ts`);
  for (const [role, stem] of Object.entries(tests)) layout.set(`test/${role}`, `${plan.testFolder}/${stem}${plan.testSuffix}`);
  return layout;
}

/** The kernel's templates, each to its role. */
export const KERNEL_TEMPLATES: readonly SliceTemplate[] = KERNEL_FILES.map((name) => ({
  template: `foreign/kernel/${name}.ts`,
  role: `kernel/${name}`,
}));

/** The kernel's files in this layout: kept as they are when already there. */
export function kernelFiles(layout: SliceLayout): Set<string> {
  return new Set([...layout].filter(([role]) => role.startsWith('kernel/')).map(([, file]) => file));
}
