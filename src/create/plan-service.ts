/**
 * Everything `create` writes, in memory: the rendered service with its capabilities, and the
 * settings `.yo-rc.json` keeps. Nothing touches the disk here, so a problem stops the run first.
 */
import type { Worker } from 'node:worker_threads';
import { aggregateFingerprint } from '../aggregate/fingerprint.js';
import { CONFIG_FILE, type ServiceConfig } from '../aggregate/service-config.js';
import { formatInBackground } from '../generate/background-format.js';
import { formatRendered, renderServiceUnformatted, serviceDatabase, type RenderedService } from '../generate/render.js';
import { testDataWarnings } from '../generate/test-data-warnings.js';
import type { AgentSpec } from '../spec/read-spec.js';
import type { AppOptions } from './app-options.js';
import { addFeatures, filesEditedByFeatures } from './add-features.js';
import { withFeatures } from './features.js';
import { initialCommit } from './git.js';
import { nextSteps } from './next-steps.js';
import { specLabel, type ServiceInputs } from './service-inputs.js';

export interface ServicePlan {
  files: Map<string, string>;
  /** what `.yo-rc.json` keeps, capabilities included */
  config: ServiceConfig;
  /** `file:line: warning: …` about what was generated but will not pass as it is */
  warnings: string[];
}

/** `formatWorker`: one started early (`startFormatWorker`), else one is started when there is work for it. */
export async function planService(app: AppOptions, inputs: ServiceInputs, cwd: string, formatWorker?: Worker): Promise<ServicePlan> {
  const features = app.features ?? [];
  const config: ServiceConfig = {
    db: app.db,
    context: inputs.context.names.pascal,
    aggregates: inputs.context.aggregates.map((a) => a.names.pascal),
    fingerprints: Object.fromEntries(inputs.context.aggregates.map((a) => [a.names.pascal, aggregateFingerprint(a)])),
    capabilities: [],
  };
  // the files that need prettier and that no capability edits go to the worker as they are
  // rendered (started early, it has loaded prettier by now), while the capabilities are added
  // here, by text (no ts-morph)
  const edited = filesEditedByFeatures(features);
  const inBackground = formatInBackground(new Map(), formatWorker);
  const sent = new Set<string>();
  const send = ({ files, ready }: RenderedService): void => {
    const part = new Map([...files].filter(([path]) => !ready.has(path) && !edited.has(path) && !sent.has(path)));
    for (const path of part.keys()) sent.add(path);
    inBackground.add(part);
  };
  const rendered = renderServiceUnformatted(
    {
      serviceName: app.serviceName,
      db: serviceDatabase(app.db),
      context: inputs.context,
      stackRows: withFeatures(inputs.stackRows, inputs.report, features),
      specFile: specLabel(inputs, cwd),
    },
    send,
  );
  send(rendered);
  const here = new Map([...rendered.files].filter(([path]) => rendered.ready.has(path) || edited.has(path)));
  const added = await addFeatures(
    await formatRendered(here, rendered.ready),
    features,
    { serviceName: app.serviceName, config },
    sent,
  );
  // a capability's own files that need prettier (long names of the first aggregate): here, rarely
  const capabilityFiles = await formatRendered(
    new Map([...added.unformatted].map((path): [string, string] => [path, added.files.get(path) ?? ''])),
    new Set(),
  );
  const formatted = new Map([...(await inBackground.finish()), ...capabilityFiles]);
  // in path order, then the capabilities' own files, as rendering the whole service in one go gives
  const files = new Map([...rendered.files.keys()].sort().map((path) => [path, formatted.get(path) ?? added.files.get(path) ?? '']));
  for (const [path, content] of added.files) files.set(path, formatted.get(path) ?? content);
  const warnings = [...specWarnings(inputs.spec), ...testDataWarnings(inputs.context.aggregates)];
  return { files, config: { ...config, capabilities: [...features] }, warnings };
}

/**
 * What the spec reader let through but the user should know (front matter read line by line, no
 * front matter at all), as `file:line: warning: …`: the service is generated either way.
 */
export function specWarnings(spec: Pick<AgentSpec, 'file' | 'format' | 'warnings'>): string[] {
  const read = spec.warnings.map((warning) => warning.replace(/^(.+?:\d+: )/, '$1warning: '));
  if (spec.format !== 'none') return read;
  return [...read, `${spec.file}:1: warning: no front matter (--- name, description, tools --- at the top) — the spec was read as Markdown only`];
}

/** The dry-run listing, or after writing: git init and the next steps; then the plan's warnings. */
export async function finishCreate(app: AppOptions, plan: Pick<ServicePlan, 'files' | 'warnings'>, log: (line: string) => void): Promise<void> {
  if (app.dryRun) {
    // .yo-rc.json is written beside the plan's files (Yeoman's storage), so it is listed with them
    const paths = [...new Set([...plan.files.keys(), CONFIG_FILE])].sort();
    log(`Would create ${paths.length} files in ${app.targetDir} (dry run: nothing written):`);
    for (const path of paths) log(`  ${path}`);
  } else {
    if (!app.skipGit) await initialCommit(app.targetDir, log);
    log(nextSteps(app));
  }
  for (const warning of plan.warnings) log(warning);
}
