/**
 * What adding aggregates to a service would do, computed before anything is written: the new
 * slice files, the registration edits (ts-morph, see src/ast/register-aggregate.ts), the files
 * in the way, and the aggregates already there. Pure over a `read` function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRATION_FILES, registerAggregates, GENERATOR_CONFIG_KEY } from '../ast/register-aggregate.js';
import { setJsonValue } from '../ast/json-edits.js';
import { names } from '../naming.js';
import type { Aggregate, BoundedContext } from '../domain-model/types.js';
import { apiRows, renderDomainSection } from '../generate/docs.js';
import { renderAggregate, serviceDatabase } from '../generate/render.js';
import { testDataWarnings } from '../generate/test-data-warnings.js';
import { packageRoot } from '../package-root.js';
import { aggregateFingerprint } from './fingerprint.js';
import { CONFIG_FILE, type ServiceConfig } from './service-config.js';

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface AggregatePlan {
  /** files that do not exist yet */
  created: Map<string, string>;
  /** shared files the registrations change */
  edited: FileChange[];
  /** files that exist with other content than the generator would write */
  conflicts: FileChange[];
  /** aggregates already generated from the same definition: nothing to do */
  unchanged: string[];
  /** aggregates already generated from another definition: a field change, which needs a migration */
  redefined: { name: string; changes: FileChange[] }[];
  /** `file:line: warning: …` about what is generated but will not pass as it is */
  warnings?: string[];
}

export interface PlanInput {
  serviceName: string;
  config: ServiceConfig;
  aggregates: readonly Aggregate[];
  read: (path: string) => string | undefined;
  migrationFiles: readonly string[];
}

const MIGRATION = /^(\d{4})_create_(.+)\.sql$/;

/** The aggregate's existing migration number, else the next free one. */
function migrationNumber(aggregate: Aggregate, taken: Map<string, number>): number {
  const existing = taken.get(aggregate.names.pluralSnake);
  if (existing !== undefined) return existing;
  const next = Math.max(1, ...taken.values()) + 1;
  taken.set(aggregate.names.pluralSnake, next);
  return next;
}

function takenMigrations(files: readonly string[]): Map<string, number> {
  const taken = new Map<string, number>();
  for (const file of files) {
    const match = MIGRATION.exec(file);
    if (match) taken.set(match[2] as string, Number(match[1]));
  }
  return taken;
}

function contextFor(input: PlanInput): BoundedContext {
  return {
    names: names(input.config.context),
    body: '',
    aggregates: [...input.aggregates],
    origin: { file: CONFIG_FILE, line: 0 },
  };
}

export async function planAggregates(input: PlanInput): Promise<AggregatePlan> {
  const plan: AggregatePlan = { created: new Map(), edited: [], conflicts: [], unchanged: [], redefined: [] };
  const taken = takenMigrations(input.migrationFiles);
  const context = contextFor(input);
  const toRegister: Aggregate[] = [];
  for (const aggregate of input.aggregates) {
    const name = aggregate.names.pascal;
    const known = input.config.aggregates.includes(name);
    if (known && input.config.fingerprints[name] === aggregateFingerprint(aggregate)) {
      plan.unchanged.push(name);
      continue;
    }
    const options = { serviceName: input.serviceName, db: serviceDatabase(input.config.db), context, stackRows: [] };
    const slice = await renderAggregate(options, aggregate, { migrationNumber: migrationNumber(aggregate, taken) });
    const changes: FileChange[] = [];
    for (const [path, after] of slice) {
      const before = input.read(path);
      if (before === undefined) plan.created.set(path, after);
      else if (before !== after) changes.push({ path, before, after });
    }
    if (known) {
      if (changes.length > 0) plan.redefined.push({ name, changes });
      else plan.unchanged.push(name);
      continue;
    }
    plan.conflicts.push(...changes);
    toRegister.push(aggregate);
  }
  plan.edited = registrationChanges(input, toRegister);
  plan.warnings = testDataWarnings(toRegister);
  if (toRegister.length > 0) addMissingSupport(plan, input);
  return plan;
}

/** Base files a new slice's tests import, for services generated before they existed. */
const SLICE_SUPPORT = ['test/support/crud-contract.ts'];

function addMissingSupport(plan: AggregatePlan, input: PlanInput): void {
  for (const path of SLICE_SUPPORT) {
    if (input.read(path) === undefined) plan.created.set(path, readFileSync(join(packageRoot(), 'templates/app', path), 'utf8'));
  }
}

function registrationChanges(input: PlanInput, aggregates: readonly Aggregate[]): FileChange[] {
  if (aggregates.length === 0) return [];
  const files = new Map<string, string>();
  for (const path of Object.values(REGISTRATION_FILES)) {
    const text = input.read(path);
    if (text !== undefined) files.set(path, text);
  }
  const changed = registerAggregates(
    files,
    aggregates.map((aggregate) => ({
      name: aggregate.names.pascal,
      documentation: { domainSection: renderDomainSection(aggregate), apiRows: apiRows(aggregate) },
    })),
  );
  const config = changed.get(CONFIG_FILE) ?? files.get(CONFIG_FILE);
  if (config !== undefined) {
    let text = config;
    for (const aggregate of aggregates) {
      const path = [GENERATOR_CONFIG_KEY, 'fingerprints', aggregate.names.pascal];
      text = setJsonValue(text, CONFIG_FILE, path, aggregateFingerprint(aggregate));
    }
    if (text !== files.get(CONFIG_FILE)) changed.set(CONFIG_FILE, text);
  }
  return [...changed].map(([path, after]) => ({ path, before: files.get(path) ?? '', after }));
}
