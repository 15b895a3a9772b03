/**
 * A new service with capabilities: each one added to the rendered files exactly as
 * `agent-backend add` would add it to the service on disk (the same files and edits, made by
 * text instead of through ts-morph: see text-wiring/wire-capability.ts).
 */
import type { ServiceConfig } from '../aggregate/service-config.js';
import { CONFIG_FILE } from '../aggregate/service-config.js';
import { CAPABILITIES_BUILT } from '../capabilities/registry.js';
import { capabilityFilesUnformatted } from '../capabilities/capability-files.js';
import { filesEditedBy } from '../capabilities/capability-text-edits.js';
import type { CapabilityName } from '../capabilities/types.js';
import { wireCapability } from './text-wiring/wire-capability.js';
import { formatGenerated } from '../generate/marked-lines.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';

/** The files the capabilities edit, which `addFeatures` must be given formatted. */
export function filesEditedByFeatures(features: readonly CapabilityName[]): Set<string> {
  return new Set(features.flatMap((name) => (CAPABILITIES_BUILT[name] ? filesEditedBy(CAPABILITIES_BUILT[name]) : [])));
}

/** The service's files with capabilities added: `files` holds every file they created or changed; those in `unformatted` still need prettier. */
export interface FeaturesAdded {
  files: Map<string, string>;
  unformatted: Set<string>;
}

/**
 * `files` with the capabilities added. `elsewhere` names files of the service left out of `files`
 * (formatted in the background): a capability reading one of them is a bug here. The files the
 * capabilities bring are left as their templates render them (`unformatted` names those that
 * need prettier), for the caller to format with the rest; one a later capability edits is
 * formatted here first.
 */
export async function addFeatures(
  files: ReadonlyMap<string, string>,
  features: readonly CapabilityName[],
  service: { serviceName: string; config: ServiceConfig },
  elsewhere: ReadonlySet<string> = new Set(),
): Promise<FeaturesAdded> {
  const out = new Map(files);
  const unformatted = new Set<string>();
  // Yeoman writes .yo-rc.json itself (generator config); the plans see the settings it will hold
  out.set(CONFIG_FILE, `${JSON.stringify({ [GENERATOR_CONFIG_KEY]: service.config }, null, 2)}\n`);
  for (const name of features) {
    const definition = CAPABILITIES_BUILT[name];
    if (!definition) throw new Error(`capability ${name} is not built`);
    const migrationFiles = [...out.keys(), ...elsewhere].filter((p) => p.startsWith('migrations/')).map((p) => p.slice('migrations/'.length));
    const created = capabilityFilesUnformatted(definition, { serviceName: service.serviceName, config: service.config, migrationFiles });
    for (const [path, content] of created.files) {
      if (elsewhere.has(path)) throw new Error(`capability ${name} writes ${path}, which is formatted in the background`);
      if (out.has(path)) continue;
      out.set(path, content);
      if (!created.ready.has(path)) unformatted.add(path);
    }
    const edited = new Map<string, string>();
    for (const path of filesEditedBy(definition)) {
      if (elsewhere.has(path)) throw new Error(`capability ${name} reads ${path}, which is formatted in the background: list it in its edits`);
      const text = out.get(path);
      if (text === undefined) continue;
      edited.set(path, unformatted.delete(path) ? await formatGenerated(path, text) : text);
    }
    wireCapability(edited, definition);
    for (const [path, content] of edited) out.set(path, content);
  }
  out.delete(CONFIG_FILE);
  return { files: out, unformatted };
}
