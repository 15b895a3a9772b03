/**
 * `create` adds capabilities by text (src/create/text-wiring/), `add` through ts-morph: for the
 * services `create` renders, both must give the same bytes, for each capability alone, for all,
 * for all but one, on both databases, and with names of other lengths.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../../src/aggregate/service-config.js';
import { planCapability } from '../../../src/capabilities/plan-capability.js';
import { CAPABILITIES_BUILT, builtCapabilityNames } from '../../../src/capabilities/registry.js';
import type { CapabilityName } from '../../../src/capabilities/types.js';
import { addFeatures } from '../../../src/create/add-features.js';
import type { BoundedContext } from '../../../src/domain-model/types.js';
import { renderService, type ServiceDatabase } from '../../../src/generate/render.js';
import { formatGenerated } from '../../../src/generate/marked-lines.js';
import { GENERATOR_CONFIG_KEY } from '../../../src/generator-config-key.js';
import { sampleContext, sampleStackRows } from '../../support/sample-context.js';
import { variedContexts } from '../../support/varied-contexts.js';

const SERVICE = 'prompt-service';
const all = builtCapabilityNames();

function configOf(db: ServiceDatabase, context: BoundedContext): ServiceConfig {
  return { db, context: context.names.pascal, aggregates: context.aggregates.map((a) => a.names.pascal), fingerprints: {}, capabilities: [] };
}

/** What `add` would leave after adding each capability in turn: its new files, then its edits. */
async function viaSyntaxTree(base: ReadonlyMap<string, string>, features: readonly CapabilityName[], config: ServiceConfig): Promise<Map<string, string>> {
  const files = new Map(base);
  files.set('.yo-rc.json', `${JSON.stringify({ [GENERATOR_CONFIG_KEY]: config }, null, 2)}\n`);
  for (const name of features) {
    const plan = await planCapability(CAPABILITIES_BUILT[name]!, {
      serviceName: SERVICE,
      config,
      read: (path) => files.get(path),
      migrationFiles: [...files.keys()].filter((p) => p.startsWith('migrations/')).map((p) => p.slice('migrations/'.length)),
    });
    for (const [path, content] of plan.created) files.set(path, content);
    for (const change of plan.edited) files.set(change.path, change.after);
  }
  files.delete('.yo-rc.json');
  return files;
}

async function expectSameOutput(db: ServiceDatabase, context: BoundedContext, features: readonly CapabilityName[]): Promise<void> {
  const base = await renderService({ serviceName: SERVICE, db, context, stackRows: sampleStackRows });
  const config = configOf(db, context);
  const added = await addFeatures(base, features, { serviceName: SERVICE, config });
  const byText = added.files;
  for (const path of added.unformatted) byText.set(path, await formatGenerated(path, byText.get(path) ?? ''));
  const bySyntaxTree = await viaSyntaxTree(base, features, config);
  expect([...byText.keys()].sort()).toEqual([...bySyntaxTree.keys()].sort());
  for (const [path, text] of bySyntaxTree) expect(byText.get(path), `${path} with ${features.join(', ')}`).toBe(text);
}

const subsets: CapabilityName[][] = [all, ...all.map((name) => [name]), ...all.map((name) => all.filter((other) => other !== name))];

describe.each(['sqlite', 'postgres'] as const)('capabilities added by text on %s', (db) => {
  it.each(subsets.map((features) => [features.join(',') || 'none', features] as const))('%s: the same files as through the syntax tree', async (_, features) => {
    await expectSameOutput(db, sampleContext, features);
  });

  it('all of them, with names of other lengths', async () => {
    for (const context of variedContexts(sampleContext, 3, 7)) await expectSameOutput(db, context, all);
  });
});
