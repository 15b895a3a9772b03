/** A rendered sample service in memory, a capability's plan over it, and the service after it. */
import { expect } from 'vitest';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { readServiceConfig } from '../../src/aggregate/service-config.js';
import { planCapability } from '../../src/capabilities/plan-capability.js';
import type { CapabilityDefinition } from '../../src/capabilities/types.js';
import { formatAsPrettier } from '../../src/generate/format.js';
import { renderService, type ServiceDatabase } from '../../src/generate/render.js';
import { GENERATOR_CONFIG_KEY } from '../../src/generator-config-key.js';
import { sampleContext, sampleStackRows } from './sample-context.js';

/** The sample context rendered as a service, with the `.yo-rc.json` a generated one has. */
export async function renderedService(
  db: ServiceDatabase,
  aggregates: readonly string[] = ['Prompt', 'Category'],
): Promise<Map<string, string>> {
  const files = await renderService({ serviceName: 'prompt-service', db, context: sampleContext, stackRows: sampleStackRows });
  const config = { db, context: 'PromptCatalogue', aggregates, fingerprints: {} };
  files.set('.yo-rc.json', `${JSON.stringify({ [GENERATOR_CONFIG_KEY]: config }, null, 2)}\n`);
  return files;
}

export function planCapabilityOn(files: ReadonlyMap<string, string>, capability: CapabilityDefinition): Promise<AggregatePlan> {
  return planCapability(capability, {
    serviceName: 'prompt-service',
    config: readServiceConfig(files.get('.yo-rc.json'), '/service'),
    read: (path) => files.get(path),
    migrationFiles: [...files.keys()].filter((p) => p.startsWith('migrations/')).map((p) => p.slice('migrations/'.length)),
  });
}

/** The service after the plan was written. */
export function applied(files: ReadonlyMap<string, string>, changes: AggregatePlan): Map<string, string> {
  const out = new Map(files);
  for (const [path, content] of changes.created) out.set(path, content);
  for (const change of [...changes.edited, ...changes.conflicts]) out.set(change.path, change.after);
  return out;
}

/** Every file the plan writes is as prettier writes it, with the parser `prettier --check` infers in the service. */
export async function expectPrettierClean(changes: AggregatePlan): Promise<void> {
  const written = [...changes.edited.map((change): [string, string] => [change.path, change.after]), ...changes.created];
  for (const [path, content] of written) {
    // the service's .prettierignore lists .yo-rc.json, which Yeoman writes in its own layout
    if (path === '.yo-rc.json') continue;
    expect(await formatAsPrettier(path, content), path).toBe(content);
  }
}
