/**
 * A new service with capabilities: each one added to the rendered files exactly as
 * `agent-backend add` would add it to the service on disk (same plan, same edits).
 */
import type { ServiceConfig } from '../aggregate/service-config.js';
import { CONFIG_FILE } from '../aggregate/service-config.js';
import { CAPABILITIES_BUILT } from '../capabilities/registry.js';
import { planCapability } from '../capabilities/plan-capability.js';
import { filesEditedBy } from '../capabilities/wiring-edits.js';
import type { CapabilityName } from '../capabilities/types.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';

/** The files the capabilities edit, which `addFeatures` must be given formatted. */
export function filesEditedByFeatures(features: readonly CapabilityName[]): Set<string> {
  return new Set(features.flatMap((name) => (CAPABILITIES_BUILT[name] ? filesEditedBy(CAPABILITIES_BUILT[name]) : [])));
}

/**
 * `files` with the capabilities added. `elsewhere` names files of the service left out of `files`
 * (formatted in the background meanwhile): a capability reading one of them is a bug here.
 */
export async function addFeatures(
  files: ReadonlyMap<string, string>,
  features: readonly CapabilityName[],
  service: { serviceName: string; config: ServiceConfig },
  elsewhere: ReadonlySet<string> = new Set(),
): Promise<Map<string, string>> {
  const out = new Map(files);
  // Yeoman writes .yo-rc.json itself (generator config); the plans see the settings it will hold
  out.set(CONFIG_FILE, `${JSON.stringify({ [GENERATOR_CONFIG_KEY]: service.config }, null, 2)}\n`);
  for (const name of features) {
    const definition = CAPABILITIES_BUILT[name];
    if (!definition) throw new Error(`capability ${name} is not built`);
    const migrationFiles = [...out.keys(), ...elsewhere].filter((p) => p.startsWith('migrations/')).map((p) => p.slice('migrations/'.length));
    const plan = await planCapability(definition, {
      serviceName: service.serviceName,
      config: service.config,
      read: (path) => {
        if (elsewhere.has(path)) throw new Error(`capability ${name} reads ${path}, which is formatted in the background: list it in its edits`);
        return out.get(path);
      },
      migrationFiles,
    });
    for (const [path, content] of plan.created) out.set(path, content);
    for (const change of plan.edited) out.set(change.path, change.after);
  }
  out.delete(CONFIG_FILE);
  return out;
}
