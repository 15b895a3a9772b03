/**
 * `aggregate`: adds aggregates to a generated service. Thin: it reads `.yo-rc.json`, asks for
 * fields when a person is at the terminal and gave none, plans the change in `src/aggregate/`
 * (slice files + ts-morph registrations), and writes through Yeoman's mem-fs and conflicter.
 * Nothing is written when the plan has a problem.
 */
import { existsSync, readdirSync } from 'node:fs';
import Generator, { type BaseOptions } from 'yeoman-generator';
import { aggregateRequest, resolveAggregates, type AggregateRequest } from '../../src/aggregate/aggregate-options.js';
import { describePlan, planProblems } from '../../src/aggregate/describe-plan.js';
import { planAggregates, type AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { CONFIG_FILE, readServiceConfig } from '../../src/aggregate/service-config.js';
import { InputError } from '../../src/errors.js';
import { writePlan } from '../write-plan.js';
import type { FlagValue } from '../../src/options/parse-command-line.js';

export type AggregateGeneratorOptions = BaseOptions & {
  commandLine: { positionals: string[]; flags: Record<string, FlagValue>; interactive: boolean };
};

export default class AggregateGenerator extends Generator<Record<string, unknown>, AggregateGeneratorOptions> {
  private plan?: AggregatePlan;

  private _read(path: string): string | undefined {
    const full = this.destinationPath(path);
    return this.fs.exists(full) ? this.fs.read(full) : undefined;
  }

  async initializing(): Promise<void> {
    const { positionals, flags, interactive } = this.options.commandLine;
    const config = readServiceConfig(this._read(CONFIG_FILE), this.destinationRoot());
    const request = aggregateRequest(positionals, flags, this.destinationRoot());
    if (!request.from && request.fields.length + request.refs.length === 0) {
      if (!interactive) throw new InputError(`no fields given for ${request.name} — add --field name:type (repeatable), or --from file`);
      request.fields = await this._askFields(request);
    }
    const aggregates = await resolveAggregates(request, config.aggregates);
    const pkg = JSON.parse(this._read('package.json') ?? '{}') as { name?: string };
    const migrations = this.destinationPath('migrations');
    this.plan = await planAggregates({
      serviceName: pkg.name ?? 'service',
      config,
      aggregates,
      read: (path) => this._read(path),
      migrationFiles: existsSync(migrations) ? readdirSync(migrations) : [],
    });
    const problem = planProblems(this.plan, { force: flags.force === true, interactive });
    if (problem && flags['dry-run'] !== true) throw new InputError(problem);
  }

  private async _askFields(request: AggregateRequest): Promise<string[]> {
    const fields: string[] = [];
    for (;;) {
      const { field } = await this.prompt<{ field: string }>({
        type: 'input',
        name: 'field',
        message: `${request.name} field (name:type[:modifier…], empty to finish)`,
      });
      if (!field.trim()) return fields;
      fields.push(field.trim());
    }
  }

  writing(): void {
    if (this.options.commandLine.flags['dry-run'] !== true) writePlan(this, this.plan as AggregatePlan);
  }

  end(): void {
    const dryRun = this.options.commandLine.flags['dry-run'] === true;
    this.log(describePlan(this.plan as AggregatePlan, { dryRun }));
  }
}
