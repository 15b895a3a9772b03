/**
 * `aggregate` when a person must answer: it asks for fields when they gave none, plans the
 * change in `src/aggregate/` (slice files + ts-morph registrations), and writes through Yeoman's
 * mem-fs and conflicter, which asks about files they changed. Nothing is written when the plan has
 * a problem. Otherwise the CLI writes the same plan without Yeoman (src/write/plan-directly.ts).
 */
import Generator, { type BaseOptions } from 'yeoman-generator';
import type { AggregateRequest } from '../../src/aggregate/aggregate-options.js';
import { describePlan } from '../../src/aggregate/describe-plan.js';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { planAggregateCommand } from '../../src/aggregate/plan-command.js';
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
    const input = { root: this.destinationRoot(), positionals, flags, interactive, read: (path: string) => this._read(path) };
    this.plan = await planAggregateCommand(input, (request) => this._askFields(request));
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
