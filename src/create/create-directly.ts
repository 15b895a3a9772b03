/**
 * `create` when nobody needs to be asked anything (no terminal, or --yes): the same plan the app
 * generator makes, written straight to disk, without loading Yeoman (≈ 0.5 s; see
 * docs/decisions/speed-generation.md). Every file is rendered and checked before the first write;
 * `.yo-rc.json` is written as Yeoman's storage writes it, merged into one already there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE } from '../aggregate/service-config.js';
import { startFormatWorker } from '../generate/background-format.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';
import type { FlagValue } from '../options/parse-command-line.js';
import { npmInstall } from '../write/npm-install.js';
import { writeFiles } from '../write/write-files.js';
import { DEFAULT_SERVICE_DIR, resolveAppOptions, type AppOptions } from './app-options.js';
import { specFeatures } from './features.js';
import { finishCreate, planService, type ServicePlan } from './plan-service.js';
import { defaultDomainFile, loadServiceInputs } from './service-inputs.js';

export interface DirectCreate {
  cwd: string;
  dir?: string;
  flags: Record<string, FlagValue>;
  log: (line: string) => void;
  onResolved: (app: AppOptions) => void;
}

/** `.yo-rc.json` as yeoman-generator's storage writes it: its key set over what the file held. */
function generatorConfigFile(targetDir: string, config: ServicePlan['config']): string {
  const path = join(targetDir, CONFIG_FILE);
  const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>) : {};
  const merged = { ...existing, [GENERATOR_CONFIG_KEY]: { ...existing[GENERATOR_CONFIG_KEY], ...config } };
  return `${JSON.stringify(merged, null, 2)}\n`;
}

export async function createDirectly({ cwd, dir, flags, log, onResolved }: DirectCreate): Promise<void> {
  // prettier loads on a second core while the inputs are read and rendered here
  const formatWorker = startFormatWorker();
  const resolved = resolveAppOptions(dir ?? DEFAULT_SERVICE_DIR, flags, cwd, false);
  onResolved(resolved);
  const inputs = await loadServiceInputs({
    cwd,
    ...(resolved.specFlag ? { specFlag: resolved.specFlag } : {}),
    domainFile: resolved.domainFlag ?? defaultDomainFile(),
  });
  const app = { ...resolved, features: resolved.features ?? specFeatures(inputs.report) };
  const plan = await planService(app, inputs, cwd, formatWorker);
  if (!app.dryRun) {
    const config = generatorConfigFile(app.targetDir, plan.config);
    writeFiles(app.targetDir, [...plan.files, [CONFIG_FILE, config]], { from: cwd, log, forced: new Set([CONFIG_FILE]) });
    if (app.skipInstall) log('\nnpm install skipped (--skip-install).\n');
    else await npmInstall(app.targetDir, log);
  }
  await finishCreate(app, plan, log);
}
