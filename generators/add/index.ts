/**
 * `add` when a person must answer about files they changed: it plans the change in
 * `src/capabilities/` (the capability's files + its wiring edits, found by structure) and writes
 * through Yeoman's mem-fs and conflicter, which asks. Nothing is written when the plan has a problem.
 * Otherwise the CLI writes the same plan without Yeoman (src/write/plan-directly.ts).
 */
import Generator, { type BaseOptions } from 'yeoman-generator';
import { describePlan } from '../../src/aggregate/describe-plan.js';
import type { AggregatePlan } from '../../src/aggregate/plan-aggregates.js';
import { ADD_SUMMARY, planAddCommand } from '../../src/capabilities/plan-command.js';
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
    this.plan = await planAddCommand({ root: this.destinationRoot(), positionals, flags, interactive, read: (path) => this._read(path) });
  }

  writing(): void {
    if (this.options.commandLine.flags['dry-run'] !== true) writePlan(this, this.plan as AggregatePlan);
  }

  end(): void {
    const dryRun = this.options.commandLine.flags['dry-run'] === true;
    this.log(describePlan(this.plan as AggregatePlan, { dryRun, ...ADD_SUMMARY }));
  }
}
