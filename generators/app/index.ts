/**
 * `create` when a person is at the terminal: it settles the options (asking for what is missing),
 * calls `src/` to read and render, and writes through Yeoman's mem-fs, so nothing reaches the disk
 * before every file is ready and valid. Without a terminal (or with --yes) the CLI writes the same
 * plan without Yeoman: src/create/create-directly.ts.
 */
import Generator, { type BaseOptions } from 'yeoman-generator';
import { GENERATOR_CONFIG_KEY } from '../../src/generator-config-key.js';
import { DEFAULT_SERVICE_DIR, isImplementedDatabase, resolveAppOptions, type AppOptions } from '../../src/create/app-options.js';
import { specFeatures } from '../../src/create/features.js';
import { finishCreate, planService } from '../../src/create/plan-service.js';
import { builtCapabilityNames } from '../../src/capabilities/registry.js';
import type { CapabilityName } from '../../src/capabilities/types.js';
import { defaultDomainFile, loadServiceInputs, type ServiceInputs } from '../../src/create/service-inputs.js';
import { DATABASES } from '../../src/options/declarations.js';
import type { FlagValue } from '../../src/options/parse-command-line.js';
import type { ServiceConfig } from '../../src/aggregate/service-config.js';

export type AppGeneratorOptions = BaseOptions & {
  commandLine: { dir?: string; flags: Record<string, FlagValue>; interactive: boolean };
  /** receives the settled options, so the CLI can clean up a folder it made if the run fails */
  onResolved?: (app: AppOptions) => void;
};

export default class AppGenerator extends Generator<ServiceConfig, AppGeneratorOptions> {
  /** the `.yo-rc.json` key, fixed: the bundle has no package.json beside it to take it from */
  override rootGeneratorName(): string {
    return GENERATOR_CONFIG_KEY;
  }

  private app?: AppOptions;
  private inputs?: ServiceInputs;
  private files = new Map<string, string>();
  private warnings: string[] = [];

  async initializing(): Promise<void> {
    const { dir, flags, interactive } = this.options.commandLine;
    const answers = interactive ? await this._ask(dir, flags) : {};
    const app = resolveAppOptions(dir ?? answers.name ?? DEFAULT_SERVICE_DIR, { ...flags, ...answers }, this.env.cwd, interactive);
    this.options.onResolved?.(app);
    this.inputs = await loadServiceInputs({
      cwd: this.env.cwd,
      ...(app.specFlag ? { specFlag: app.specFlag } : {}),
      domainFile: app.domainFlag ?? defaultDomainFile(),
    });
    const features = app.features ?? (interactive ? await this._askFeatures(specFeatures(this.inputs.report)) : specFeatures(this.inputs.report));
    this.app = { ...app, features };
  }

  /** The capabilities the spec turns on, checked; the person may switch any off (or on). */
  private async _askFeatures(fromSpec: CapabilityName[]): Promise<CapabilityName[]> {
    const { features } = await this.prompt<{ features: CapabilityName[] }>({
      type: 'checkbox',
      name: 'features',
      message: 'Capabilities (checked: the spec names them)',
      choices: builtCapabilityNames().map((name) => ({ value: name, checked: fromSpec.includes(name) })),
    });
    return features;
  }

  /** Questions only for what the flags left open. */
  private async _ask(dir: string | undefined, flags: Record<string, FlagValue>) {
    return this.prompt<{ name?: string; domain?: string; db?: string }>([
      { type: 'input', name: 'name', message: 'Service name (folder and package name)', default: DEFAULT_SERVICE_DIR, when: !dir },
      {
        type: 'input',
        name: 'domain',
        message: 'Domain file (aggregates, fields, events)',
        default: defaultDomainFile(),
        when: typeof flags.domain !== 'string',
      },
      { type: 'select', name: 'db', message: 'Database', choices: DATABASES.map((db) => (isImplementedDatabase(db) ? { value: db } : { value: db, disabled: '(not available yet)' })), default: 'sqlite', when: typeof flags.db !== 'string' },
    ]);
  }

  async writing(): Promise<void> {
    const app = this.app as AppOptions;
    const plan = await planService(app, this.inputs as ServiceInputs, this.env.cwd);
    this.files = plan.files;
    this.warnings = plan.warnings;
    if (app.dryRun) return;
    this.destinationRoot(app.targetDir);
    for (const [path, content] of this.files) this.fs.write(this.destinationPath(path), content);
    this.config.set(plan.config);
    // Yeoman installs where package.json is, as seen from env.cwd
    this.env.cwd = app.targetDir;
  }

  async end(): Promise<void> {
    await finishCreate(this.app as AppOptions, { files: this.files, warnings: this.warnings }, (line) => this.log(line));
  }
}
