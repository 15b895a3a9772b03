/**
 * `add`: adds a capability to a generated service. Thin: it reads `.yo-rc.json`, plans the
 * change in `src/capabilities/` (the capability's files + its wiring edits, found by structure),
 * and writes through Yeoman's mem-fs and conflicter. Nothing is written when the plan has a problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import Generator, { type BaseOptions } from 'yeoman-generator';
import { describePlan, planProblems } from '../../src/aggregate/describe-plan.js';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { CONFIG_FILE, readServiceConfig } from '../../src/aggregate/service-config.js';
import { capabilityNamed, planCapability } from '../../src/capabilities/plan-capability.js';
import { InputError } from '../../src/errors.js';
import { writePlan } from '../write-plan.js';
import type { FlagValue } from '../../src/options/parse-command-line.js';

export type AddGeneratorOptions = BaseOptions & {
  commandLine: {
    positionals: string[];
    flags: Record<string, FlagValue>;
    interactive: boolean;
  };
};

export default class AddGenerator extends Generator<Record<string, unknown>, AddGeneratorOptions> {
  private plan?: AggregatePlan;

  private _read(path: string): string | undefined {
    const full = this.destinationPath(path);
    return this.fs.exists(full) ? this.fs.read(full) : undefined;
  }

  async initializing(): Promise<void> {
    const { positionals, flags, interactive } = this.options.commandLine;
    const capability = capabilityNamed(positionals[0]);
    const config = readServiceConfig(this._read(CONFIG_FILE), this.destinationRoot());
    const pkg = JSON.parse(this._read('package.json') ?? '{}') as {
      name?: string;
    };
    const migrations = this.destinationPath('migrations');
    this.plan = await planCapability(capability, {
      serviceName: pkg.name ?? 'service',
      config,
      read: (path) => this._read(path),
      migrationFiles: existsSync(migrations) ? readdirSync(migrations) : [],
    });
    const problem = planProblems(this.plan, {
      force: flags.force === true,
      interactive,
    });
    if (problem && flags['dry-run'] !== true) throw new InputError(problem);
  }

  writing(): void {
    if (this.options.commandLine.flags['dry-run'] !== true) writePlan(this, this.plan as AggregatePlan);
  }

  end(): void {
    const dryRun = this.options.commandLine.flags['dry-run'] === true;
    this.log(
      describePlan(this.plan as AggregatePlan, {
        dryRun,
        next: 'npm install && npm run db:migrate && npm test',
        unchanged: 'already added',
      }),
    );
  }
}
