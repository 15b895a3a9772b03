/**
 * Renders a whole service (`renderService`) or one aggregate's slice (`renderAggregate`) into
 * memory: relative path → final, prettier-formatted content. Pure apart from reading the
 * templates; deterministic (no clock, no randomness), so rendering twice gives the same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ejs from 'ejs';
import type { Aggregate, BoundedContext, Names } from '../domain-model/types.js';
import { InputError } from '../errors.js';
import { packageRoot } from '../package-root.js';
import { apiTable, renderDomainSection, stackTable, type StackRow } from './docs.js';
import {
  changeToDomain,
  domainToPlain,
  driverValue,
  fromPlain,
  fromRow,
  inputToDomain,
  lit,
  rowToPlain,
  sample,
  toPlain,
  toRow,
} from './fields.js';
import { PRETTIER_VERSION } from './format.js';
import { printsFormatted } from './formatted-templates.js';
import type { TransitionView } from './transitions.js';
import { argumentList, assignCallWithObject, classHeader, fits, ifStatement, importFrom } from './layout-helpers.js';
import { fit, formatGenerated, prose } from './marked-lines.js';
import { aggregateView, migrationSql, type AggregateView } from './model.js';
import { POSTGRES_UNUSED, postgresHelpers, postgresMigrationSql, postgresStackRows } from './postgres.js';
import { defaults, ranges, violations } from './test-data.js';
import { PACKAGE_VERSIONS } from '../stack/versions.js';

export interface ServiceOptions {
  serviceName: string;
  db: ServiceDatabase;
  context: BoundedContext;
  stackRows: StackRow[];
  specFile?: string;
}

/** The databases a service can be generated for (see docs/decisions/service-postgres.md). */
export type ServiceDatabase = 'sqlite' | 'postgres';

/** The database a service is rendered for, from `--db` or `.yo-rc.json`; one this version cannot render is refused. */
export function serviceDatabase(db: string): ServiceDatabase {
  if (db === 'sqlite' || db === 'postgres') return db;
  throw new InputError(`--db ${db} is not available in this version yet — use --db sqlite or --db postgres (see README, Limits)`);
}

export interface AggregateRenderOptions {
  /** number of the aggregate's migration file; default: its position in the context + 2 */
  migrationNumber?: number;
}

/** `a prompt`, `an order`: the indefinite article by the first letter (enough for generated comments). */
const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** The helpers every template can call (exported for tests that render a template themselves). */
export const TEMPLATE_HELPERS = {
  /** the range the generated package.json pins: one table, src/stack/versions.ts */
  version: (name: string): string => {
    const range = (PACKAGE_VERSIONS as Record<string, string>)[name];
    if (!range) throw new Error(`no version for ${name} in src/stack/versions.ts`);
    return range;
  },
  an: withArticle,
  An: (noun: string): string => withArticle(noun).replace(/^a/, 'A'),
  lit,
  fromPlain,
  toPlain,
  toRow,
  fromRow,
  rowToPlain,
  driverValue,
  sample,
  inputToDomain,
  changeToDomain,
  domainToPlain,
  violations,
  ranges,
  defaults,
  drizzleImports(a: AggregateView): string[] {
    const names = new Set(['integer', 'sqliteTable', 'text']);
    if (a.fields.some((p) => p.view.filterable && !p.view.unique) || a.entities.length > 0) names.add('index');
    if (a.fields.some((p) => p.view.unique)) names.add('uniqueIndex');
    return [...names].sort();
  },
  allValueObjects(a: AggregateView) {
    const all = [...a.valueObjects, ...a.entities.flatMap((e) => e.valueObjects)];
    return all.filter((v, i) => all.findIndex((w) => w.pascal === v.pascal) === i);
  },
  allReferences(a: AggregateView) {
    const all = [...a.references, ...a.entities.flatMap((e) => e.references)];
    return all.filter((v, i) => all.findIndex((w) => w.pascal === v.pascal) === i);
  },
  usesMoneySchema(a: AggregateView): boolean {
    return [a, ...a.entities, ...a.valueObjectParts].some((p) => p.usesMoney);
  },
  /** the index of each unique or filterable column, as the table's third argument lists them */
  tableIndexes(a: AggregateView): string[] {
    return a.fields.flatMap(({ view }) => {
      if (view.unique) return [`uniqueIndex('${a.table}_${view.column}_unique').on(t.${view.name})`];
      return view.filterable ? [`index('${a.table}_${view.column}_idx').on(t.${view.name}, t.id)`] : [];
    });
  },
  sortValues(a: AggregateView): string[] {
    return ['id', ...a.sorts.map((p) => p.view.name)].flatMap((k) => [k, `-${k}`]);
  },
  importFrom,
  fit,
  fits,
  prose,
  argumentList,
  ifStatement,
  payload: (t: TransitionView): string =>
    t.assignments.length === 0 ? '{}' : `{ ${t.assignments.map((s) => `${s.field}: ${s.plain}`).join(', ')} }`,
  assignCallWithObject,
  classHeader,
  ...postgresHelpers,
};

interface Template {
  /** path relative to the template folder, with tokens */
  path: string;
  /** the folder under templates/ and the path: how formatted-templates.ts names it */
  key: string;
  source: string;
}

const templateCache = new Map<string, Template[]>();

/** Files of templates/app another database does without. */
const UNUSED_ON: Record<Exclude<ServiceDatabase, 'sqlite'>, readonly string[]> = { postgres: POSTGRES_UNUSED };

/**
 * The templates of `folder` for a database: SQLite's are `templates/<folder>` as they are; another
 * database's overlay (`templates/<db>/<folder>`) replaces the files of the same output path, and
 * the files it does without are left out.
 */
function templatesFor(folder: 'app' | 'aggregate', db: ServiceDatabase): Template[] {
  const base = readTemplates(folder);
  if (db === 'sqlite') return base;
  const key = `${db}/${folder}`;
  const cached = templateCache.get(`overlay:${key}`);
  if (cached) return cached;
  const overlay = readTemplates(key);
  const replaced = new Set([...overlay.map((t) => outputPath(t.path, {})), ...UNUSED_ON[db]]);
  const merged = [...base.filter((t) => !replaced.has(outputPath(t.path, {}))), ...overlay].sort((x, y) =>
    x.path.localeCompare(y.path),
  );
  templateCache.set(`overlay:${key}`, merged);
  return merged;
}

function readTemplates(folder: string): Template[] {
  const cached = templateCache.get(folder);
  if (cached) return cached;
  const root = join(packageRoot(), 'templates', folder);
  const list: Template[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        list.push({
          path: relative(root, full).split(sep).join('/'),
          key: `${folder}/${relative(root, full).split(sep).join('/')}`,
          source: readFileSync(full, 'utf8'),
        });
    }
  };
  walk(root);
  templateCache.set(folder, list);
  return list;
}

/** `src/__aggregate__/x.ts.ejs` → `src/prompt/x.ts`; `_gitignore` → `.gitignore`. */
export function outputPath(templatePath: string, tokens: Record<string, string>): string {
  let path = templatePath.replace(/\.ejs$/, '');
  for (const [token, value] of Object.entries(tokens)) path = path.split(`__${token}__`).join(value);
  return path
    .split('/')
    .map((segment) => (segment.startsWith('_') && !segment.startsWith('__') ? `.${segment.slice(1)}` : segment))
    .join('/');
}

/** Whether `text`, rendered from `t`, needs no prettier: a template copied as it is, or one that prints formatted. */
function alreadyFormatted(t: Template, text: string): boolean {
  return !t.path.endsWith('.ejs') || printsFormatted(t.key, text);
}

function renderTemplate(t: Template, data: Record<string, unknown>): string {
  if (!t.path.endsWith('.ejs')) return t.source;
  // compiled once per template and process (an aggregate's templates render once per aggregate)
  return ejs.render(t.source, { ...TEMPLATE_HELPERS, ...data }, { filename: t.key, cache: true, strict: false, rmWhitespace: false });
}

function describe(o: ServiceOptions): string {
  return o.context.description ?? `The ${o.context.names.kebab.replace(/-/g, ' ')} service.`;
}

export function migrationName(aggregate: Aggregate, n: number): string {
  return `migrations/${String(n).padStart(4, '0')}_create_${aggregate.names.pluralSnake}.sql`;
}

/** Every file prettier-formatted but those already formatted (`ready`), in path order. */
export async function formatRendered(files: ReadonlyMap<string, string>, ready: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const paths = [...files.keys()].sort();
  const formatted = await Promise.all(
    paths.map((p) => (ready.has(p) ? (files.get(p) ?? '') : formatGenerated(p, files.get(p) ?? ''))),
  );
  paths.forEach((p, i) => out.set(p, formatted[i] ?? ''));
  return out;
}

/** One aggregate's files as the templates render them; those already formatted are added to `ready`. */
function renderAggregateRaw(
  o: ServiceOptions,
  aggregate: Aggregate,
  options: AggregateRenderOptions,
  ready: Set<string>,
): Map<string, string> {
  const a = aggregateView(aggregate);
  const files = new Map<string, string>();
  const base = { serviceName: o.serviceName, context: o.context, a, aggregate };
  const render = (t: Template, path: string, data: Record<string, unknown>): void => {
    const text = renderTemplate(t, data);
    files.set(path, text);
    if (alreadyFormatted(t, text)) ready.add(path);
  };
  for (const t of templatesFor('aggregate', o.db)) {
    const tokens = { aggregate: a.names.kebab };
    if (t.path.includes('__valueObject__')) {
      for (const v of a.valueObjectParts) render(t, outputPath(t.path, { ...tokens, valueObject: v.names.kebab }), { ...base, v });
    } else if (t.path.includes('__entity__')) {
      for (const e of a.entities) render(t, outputPath(t.path, { ...tokens, entity: e.names.kebab }), { ...base, e });
    } else {
      render(t, outputPath(t.path, tokens), base);
    }
  }
  const index = o.context.aggregates.indexOf(aggregate);
  const n = options.migrationNumber ?? (index >= 0 ? index + 2 : o.context.aggregates.length + 2);
  files.set(migrationName(aggregate, n), o.db === 'postgres' ? postgresMigrationSql(a) : migrationSql(a));
  return files;
}

/** The files of one aggregate's slice (new files only; see docs/generated-layout.md). */
export async function renderAggregate(
  o: ServiceOptions,
  aggregate: Aggregate,
  options: AggregateRenderOptions = {},
): Promise<Map<string, string>> {
  const ready = new Set<string>();
  return formatRendered(renderAggregateRaw(o, aggregate, options, ready), ready);
}

/** The service's files as the templates render them, and which of them need no formatting. */
export interface RenderedService {
  files: Map<string, string>;
  /**
   * already formatted: templates without `.ejs` are copied as they are (kept formatted in
   * templates/), and a few render prettier's own output (formatted-templates.ts)
   */
  ready: ReadonlySet<string>;
}

/** The whole service: the shell, every aggregate's slice and their registrations. */
export async function renderService(o: ServiceOptions): Promise<Map<string, string>> {
  const { files, ready } = renderServiceUnformatted(o);
  return formatRendered(files, ready);
}

/**
 * `renderService` before formatting, for a caller that formats the files in parts. `afterShell`
 * sees the files rendered so far when the service's own templates are done and the aggregates'
 * slices are next (create sends them to the formatting worker then).
 */
export function renderServiceUnformatted(o: ServiceOptions, afterShell?: (rendered: RenderedService) => void): RenderedService {
  const aggregates = o.context.aggregates.map(aggregateView);
  const data = {
    serviceName: o.serviceName,
    description: describe(o),
    context: o.context,
    aggregates,
    specFile: o.specFile,
    prettierVersion: PRETTIER_VERSION,
    stackTable: stackTable(o.db === 'postgres' ? postgresStackRows(o.stackRows) : o.stackRows),
    domainSections: o.context.aggregates.map(renderDomainSection),
    apiTable: apiTable(o.context.aggregates),
  };
  const files = new Map<string, string>();
  const ready = new Set<string>();
  for (const t of templatesFor('app', o.db)) {
    const path = outputPath(t.path, {});
    const text = renderTemplate(t, data);
    files.set(path, text);
    if (alreadyFormatted(t, text)) ready.add(path);
  }
  afterShell?.({ files, ready });
  for (const aggregate of o.context.aggregates)
    for (const [path, content] of renderAggregateRaw(o, aggregate, {}, ready)) files.set(path, content);
  return { files, ready };
}

function existingTemplates(folder: string): Template[] {
  return existsSync(join(packageRoot(), 'templates', folder)) ? readTemplates(folder) : [];
}

/**
 * The files a capability brings: `templates/capabilities/<folder>` for each folder, with
 * `templates/<db>/capabilities/<folder>` replacing the files of the same path on another database.
 * Files without `.ejs` are copied as they are (kept formatted in templates/).
 */
export async function renderCapabilityFiles(
  folders: readonly string[],
  db: ServiceDatabase,
  data: { serviceName: string; /** the service's first aggregate, for tests that drive one; none: they render empty */ first?: Names },
): Promise<Map<string, string>> {
  const { files, ready } = renderCapabilityFilesUnformatted(folders, db, data);
  return formatRendered(files, ready);
}

/** `renderCapabilityFiles` before formatting, for a caller that formats them elsewhere. */
export function renderCapabilityFilesUnformatted(
  folders: readonly string[],
  db: ServiceDatabase,
  data: { serviceName: string; first?: Names },
): RenderedService {
  const files = new Map<string, string>();
  const ready = new Set<string>();
  for (const folder of folders) {
    const overlay = db === 'sqlite' ? [] : existingTemplates(`${db}/capabilities/${folder}`);
    const replaced = new Set(overlay.map((t) => outputPath(t.path, {})));
    const base = readTemplates(`capabilities/${folder}`).filter((t) => !replaced.has(outputPath(t.path, {})));
    for (const t of [...base, ...overlay]) {
      const path = outputPath(t.path, {});
      const content = renderTemplate(t, { first: undefined, ...data, db });
      if (content.trim() === '') continue;
      files.set(path, content);
      if (alreadyFormatted(t, content)) ready.add(path);
    }
  }
  return { files, ready };
}

/** The templates copied verbatim, for the test that keeps them formatted. */
export function verbatimTemplates(): { path: string; source: string }[] {
  const capabilityFolders = (root: string): string[] =>
    existsSync(join(packageRoot(), 'templates', root))
      ? readdirSync(join(packageRoot(), 'templates', root)).map((folder) => `${root}/${folder}`)
      : [];
  const folders = ['app', 'postgres/app', ...capabilityFolders('capabilities'), ...capabilityFolders('postgres/capabilities')];
  return folders.flatMap((folder) => readTemplates(folder)).filter((t) => !t.path.endsWith('.ejs'));
}
