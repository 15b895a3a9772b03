/**
 * What adding a capability to a service would do, computed before anything is written: its new
 * files (a migration numbered after the service's last one), the wiring edits to files the
 * service has, and the files of its own the user changed since. Pure over a `read` function.
 */
import { applyEdits } from '../ast/apply-edits.js';
import type { AggregatePlan, FileChange } from '../aggregate/plan-aggregates.js';
import type { ServiceConfig } from '../aggregate/service-config.js';
import { InputError } from '../errors.js';
import { names } from '../naming.js';
import { renderCapabilityFiles, serviceDatabase } from '../generate/render.js';
import { CAPABILITIES_BUILT } from './registry.js';
import { CAPABILITY_NAMES, type CapabilityDefinition, type CapabilityName } from './types.js';
import { capabilityEdits, filesEditedBy } from './wiring-edits.js';

export interface CapabilityPlanInput {
  serviceName: string;
  config: ServiceConfig;
  read: (path: string) => string | undefined;
  migrationFiles: readonly string[];
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

const NUMBERED = /^(\d{4})_(.+)\.sql$/;

/** `migrations/create_x.sql` → `migrations/0007_create_x.sql`: its number if the service has it, else the next free one. */
function numberMigrations(files: Map<string, string>, existing: readonly string[]): Map<string, string> {
  const numbers = new Map<string, string>();
  let highest = 0;
  for (const file of existing) {
    const match = NUMBERED.exec(file);
    if (!match) continue;
    numbers.set(match[2] as string, match[1] as string);
    highest = Math.max(highest, Number(match[1]));
  }
  const out = new Map<string, string>();
  for (const [path, content] of files) {
    const name = /^migrations\/([^/]+)\.sql$/.exec(path)?.[1];
    if (name === undefined || NUMBERED.test(`${name}.sql`)) {
      out.set(path, content);
      continue;
    }
    const number = numbers.get(name) ?? String((highest += 1)).padStart(4, '0');
    out.set(`migrations/${number}_${name}.sql`, content);
  }
  return out;
}

export async function planCapability(capability: CapabilityDefinition, input: CapabilityPlanInput): Promise<AggregatePlan> {
  const db = serviceDatabase(input.config.db);
  if (capability.databases && !capability.databases.includes(db)) {
    throw new InputError(`${capability.name} is not available for --db ${db} in this version — it supports ${capability.databases.join(', ')}`);
  }
  const plan: AggregatePlan = { created: new Map(), edited: [], conflicts: [], unchanged: [], redefined: [] };
  const first = input.config.aggregates[0];
  const rendered = await renderCapabilityFiles(capability.templates, db, {
    serviceName: input.serviceName,
    ...(first === undefined ? {} : { first: names(first) }),
  });
  for (const [path, after] of numberMigrations(rendered, input.migrationFiles)) {
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
