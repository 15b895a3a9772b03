/**
 * The files a capability brings, rendered for a service: its template folders (with the
 * service's database overlay), its migrations numbered after the service's last one.
 */
import type { ServiceConfig } from '../aggregate/service-config.js';
import { InputError } from '../errors.js';
import { formatRendered, renderCapabilityFilesUnformatted, serviceDatabase, type RenderedService } from '../generate/render.js';
import { names } from '../naming.js';
import type { CapabilityDefinition } from './types.js';

export interface CapabilityFilesInput {
  serviceName: string;
  config: ServiceConfig;
  migrationFiles: readonly string[];
}

const NUMBERED = /^(\d{4})_(.+)\.sql$/;

/** `migrations/create_x.sql` → `migrations/0007_create_x.sql`: its number if the service has it, else the next free one. */
function numberedPath(existing: readonly string[]): (path: string) => string {
  const numbers = new Map<string, string>();
  let highest = 0;
  for (const file of existing) {
    const match = NUMBERED.exec(file);
    if (!match) continue;
    numbers.set(match[2] as string, match[1] as string);
    highest = Math.max(highest, Number(match[1]));
  }
  return (path) => {
    const name = /^migrations\/([^/]+)\.sql$/.exec(path)?.[1];
    if (name === undefined || NUMBERED.test(`${name}.sql`)) return path;
    const number = numbers.get(name) ?? String((highest += 1)).padStart(4, '0');
    numbers.set(name, number);
    return `migrations/${number}_${name}.sql`;
  };
}

/** The capability's files as its templates render them, with those already formatted in `ready`; refused for a database it does not support. */
export function capabilityFilesUnformatted(capability: CapabilityDefinition, input: CapabilityFilesInput): RenderedService {
  const db = serviceDatabase(input.config.db);
  if (capability.databases && !capability.databases.includes(db)) {
    throw new InputError(`${capability.name} is not available for --db ${db} in this version — it supports ${capability.databases.join(', ')}`);
  }
  const first = input.config.aggregates[0];
  const rendered = renderCapabilityFilesUnformatted(capability.templates, db, {
    serviceName: input.serviceName,
    ...(first === undefined ? {} : { first: names(first) }),
  });
  const numbered = numberedPath(input.migrationFiles);
  const files = new Map<string, string>();
  const ready = new Set<string>();
  for (const [path, content] of rendered.files) {
    files.set(numbered(path), content);
    if (rendered.ready.has(path)) ready.add(numbered(path));
  }
  return { files, ready };
}

/** Path → content of every file the capability brings, formatted. */
export async function capabilityFiles(capability: CapabilityDefinition, input: CapabilityFilesInput): Promise<Map<string, string>> {
  const { files, ready } = capabilityFilesUnformatted(capability, input);
  return formatRendered(files, ready);
}
