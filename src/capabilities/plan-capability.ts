/**
 * What adding a capability to a service would do, computed before anything is written: its new
 * files (a migration numbered after the service's last one), the wiring edits to files the
 * service has, and the files of its own the user changed since. Pure over a `read` function.
 */
import { applyEdits } from '../ast/apply-edits.js';
import type { AggregatePlan, FileChange } from '../aggregate/plan-aggregates.js';
import { InputError } from '../errors.js';
import { CAPABILITIES_BUILT } from './registry.js';
import { CAPABILITY_NAMES, type CapabilityDefinition, type CapabilityName } from './types.js';
import { capabilityFiles, type CapabilityFilesInput } from './capability-files.js';
import { filesEditedBy } from './capability-text-edits.js';
import { capabilityEdits } from './wiring-edits.js';

export interface CapabilityPlanInput extends CapabilityFilesInput {
  read: (path: string) => string | undefined;
}

/** The definition of a capability this version builds; a clear refusal for any other name. */
export function capabilityNamed(name: string | undefined): CapabilityDefinition {
  const built = Object.keys(CAPABILITIES_BUILT).join(', ');
  if (name === undefined || name === '') throw new InputError(`agent-backend add needs a capability — one of ${built}`);
  const definition = CAPABILITIES_BUILT[name as CapabilityName];
  if (definition) return definition;
  if ((CAPABILITY_NAMES as readonly string[]).includes(name)) {
    const hint = name === 'postgres' ? ' (choose the database at creation: --db postgres)' : '';
    throw new InputError(`\`agent-backend add ${name}\` is not available in this version yet${hint} — available: ${built} (see README, Limits)`);
  }
  throw new InputError(`unknown capability "${name}" — use one of ${built}`);
}

export async function planCapability(capability: CapabilityDefinition, input: CapabilityPlanInput): Promise<AggregatePlan> {
  const plan: AggregatePlan = { created: new Map(), edited: [], conflicts: [], unchanged: [], redefined: [] };
  for (const [path, after] of await capabilityFiles(capability, input)) {
    const before = input.read(path);
    if (before === undefined) plan.created.set(path, after);
    else if (before !== after) plan.conflicts.push({ path, before, after });
  }
  const files = new Map<string, string>();
  for (const path of filesEditedBy(capability)) {
    const text = input.read(path);
    if (text !== undefined) files.set(path, text);
  }
  const changed = applyEdits(files, capabilityEdits(capability));
  plan.edited = [...changed].map(([path, after]): FileChange => ({ path, before: files.get(path) ?? '', after }));
  const added = input.config.capabilities.includes(capability.name);
  if (added && plan.created.size + plan.edited.length + plan.conflicts.length === 0) plan.unchanged.push(capability.name);
  return plan;
}
