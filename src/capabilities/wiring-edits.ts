/**
 * A capability's edits to the files a service already has, as ts-morph and text edits: the
 * wiring in the composition root and entry points, its settings in config.ts and .env.example,
 * its packages and scripts in package.json, its rows in docs/STACK.md, its name in .yo-rc.json.
 */
import { sourceEdit, textEdit, type FileEdit } from '../ast/apply-edits.js';
import { callsTo } from '../ast/call-predicates.js';
import { ensureCallStatement } from '../ast/ensure-call-statement.js';
import { ensureEnvVariable } from '../ast/env-file-edits.js';
import { ensureFunctionDeclaration } from '../ast/ensure-function-declaration.js';
import { ensureNamedImport } from '../ast/ensure-named-import.js';
import { ensureObjectProperty } from '../ast/ensure-object-property.js';
import { calls, declares, ensureStatement, mentions, type StatementRequest } from '../ast/ensure-statement.js';
import { ensureTypeMember } from '../ast/ensure-type-member.js';
import { functionBlock } from '../ast/find-function.js';
import { ensureJsonArrayItem, ensureJsonEntries } from '../ast/json-edits.js';
import { ensureMarkdownSection, ensureMarkdownTableRows } from '../ast/markdown-edits.js';
import { alignedTable } from '../ast/markdown-table.js';
import { callArgumentObject, constructorArgumentObject, nestedObjectLiteral, propertyFunctionBlock, returnedObjectOf } from '../ast/object-literal-locators.js';
import { replaceConstructorArgument } from '../ast/replace-argument.js';
import { wrapPropertyValue } from '../ast/wrap-initializer.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';
import { PACKAGE_VERSIONS } from '../stack/versions.js';
import { CONFIG_HELPERS } from './config-helpers.js';
import type { CapabilityDefinition, ImportNeed, Setting, Wiring } from './types.js';
import type { SourceFile } from 'ts-morph';

export const CAPABILITY_FILES = {
  config: 'src/config.ts',
  envExample: '.env.example',
  packageJson: 'package.json',
  stack: 'docs/STACK.md',
  generatorConfig: '.yo-rc.json',
  readme: 'README.md',
} as const;

/** The heading of the table of added capabilities in docs/STACK.md. */
export const CAPABILITIES_HEADING = '## Capabilities added';

/**
 * The imports the steps of one spliced edit need, one request per module (and type-only or
 * not): the steps are placed against one parse, so a second request for a module would not see
 * the declaration the first one adds.
 */
function mergedImports(needs: readonly ImportNeed[]): ImportNeed[] {
  const merged = new Map<string, { from: string; names: string[]; typeOnly: boolean }>();
  for (const need of needs) {
    const typeOnly = need.typeOnly ?? false;
    const key = `${typeOnly ? 'type ' : ''}${need.from}`;
    const entry = merged.get(key) ?? { from: need.from, names: [], typeOnly };
    for (const name of need.names) if (!entry.names.includes(name)) entry.names.push(name);
    merged.set(key, entry);
  }
  return [...merged.values()];
}

function addImports(sourceFile: SourceFile, needs: readonly ImportNeed[]): void {
  for (const need of mergedImports(needs)) ensureNamedImport(sourceFile, { ...need, printWidth: 100 });
}

type StatementPlace = Extract<Wiring, { kind: 'statement' }>['place'];

/** Where a `statement` edit goes, and what to say when that anchor is missing. */
function statementPlace(place: StatementPlace, functionName: string): Pick<StatementRequest, 'anchor' | 'before' | 'after'> {
  const inFunction = `in function ${functionName}`;
  if ('before' in place) return { anchor: `a const ${place.before} ${inFunction} (the new statement goes above it)`, before: declares(place.before) };
  if ('after' in place) return { anchor: `a const ${place.after} ${inFunction} (the new statement goes below it)`, after: declares(place.after) };
  if ('beforeCall' in place) {
    return { anchor: `a statement calling ${place.beforeCall}() ${inFunction} (the new statement goes above it)`, before: calls(place.beforeCall) };
  }
  return { anchor: `a statement calling ${place.afterCall}() ${inFunction} (the new statement goes below it)`, after: calls(place.afterCall) };
}

function applyWiring(sourceFile: SourceFile, wiring: Wiring): boolean {
  switch (wiring.kind) {
    case 'type-member':
      return ensureTypeMember(sourceFile, wiring.type, {
        name: wiring.name,
        type: wiring.memberType,
        optional: wiring.optional,
        readonly: wiring.readonly,
      });
    case 'statement':
      return ensureStatement(functionBlock(sourceFile, wiring.function), {
        statement: wiring.statement,
        isPresent: 'declares' in wiring.present ? declares(wiring.present.declares) : mentions(wiring.present.mentions),
        ...statementPlace(wiring.place, wiring.function),
      });
    case 'returned-function-statement': {
      const block = propertyFunctionBlock(returnedObjectOf(sourceFile, wiring.function), wiring.property);
      const last = block.getStatements().at(-1);
      const where = `${wiring.property}() of the object ${wiring.function} returns`;
      if (wiring.after !== undefined) {
        return ensureStatement(block, {
          statement: wiring.statement,
          isPresent: mentions(wiring.mentions),
          anchor: `a statement mentioning ${wiring.after} in ${where} (the new statement goes below it)`,
          after: mentions(wiring.after),
        });
      }
      return ensureStatement(block, {
        statement: wiring.statement,
        isPresent: mentions(wiring.mentions),
        anchor: `a statement in ${where}`,
        ...(last ? { before: (statement) => statement === last } : {}),
      });
    }
    case 'returned-property':
      return ensureObjectProperty(returnedObjectOf(sourceFile, wiring.function), {
        name: wiring.name,
        initializer: wiring.initializer,
      });
    case 'wrap-returned-property':
      return wrapPropertyValue(returnedObjectOf(sourceFile, wiring.function), {
        property: wiring.name,
        callee: wiring.callee,
        extraArguments: wiring.extraArguments,
      });
    case 'replace-constructor-argument':
      return replaceConstructorArgument(sourceFile, wiring);
    case 'wrap-constructor-property':
      return wrapPropertyValue(constructorArgumentObject(sourceFile, wiring.className), {
        property: wiring.name,
        callee: wiring.wrapper,
        extraArguments: wiring.extraArguments,
      });
    case 'call-argument-property':
      return ensureObjectProperty(nestedObjectLiteral(callArgumentObject(sourceFile, wiring.callee, wiring.firstArgument), wiring.path ?? []), {
        name: wiring.name,
        initializer: wiring.initializer,
      });
    case 'call-statement':
      return ensureCallStatement(sourceFile, {
        functionName: wiring.function,
        statement: wiring.statement,
        isPresent: callsTo(wiring.callee, wiring.firstArgument),
        placeAfterLast: callsTo(wiring.callee),
      });
  }
}

/** The names a wiring's anchor refers to (the statement it goes before or after). */
function anchorsOf(wiring: Wiring): string[] {
  if (wiring.kind === 'statement') return Object.values(wiring.place);
  if (wiring.kind === 'returned-function-statement' && wiring.after !== undefined) return [wiring.after];
  return [];
}

/** What a wiring inserts, for telling whether a later wiring's anchor is in it. */
function insertedText(wiring: Wiring): string {
  return 'statement' in wiring ? wiring.statement : '';
}

/**
 * The wirings of a capability in runs that can share one parse: consecutive wirings of one file,
 * cut before a wiring whose anchor is in what an earlier wiring of the run inserts
 * (`useWebSockets(…)`, then a statement after it).
 */
function spliceableRuns(wirings: readonly Wiring[]): { file: string; wirings: Wiring[] }[] {
  const runs: { file: string; wirings: Wiring[] }[] = [];
  for (const wiring of wirings) {
    const run = runs.at(-1);
    const anchoredInRun = (earlier: Wiring) => anchorsOf(wiring).some((anchor) => insertedText(earlier).includes(anchor));
    if (run?.file === wiring.file && !run.wirings.some(anchoredInRun)) run.wirings.push(wiring);
    else runs.push({ file: wiring.file, wirings: [wiring] });
  }
  return runs;
}

/**
 * Each run of wirings (see `spliceableRuns`) is one spliced edit: its insertions are placed
 * against one parse of the file instead of a parse after each (docs/decisions/speed-generation.md).
 * At one place they come out in the order of the definition; the next edit parses the result.
 */
function wiringEdits(capability: CapabilityDefinition): FileEdit[] {
  return spliceableRuns(capability.wiring).map(({ file, wirings }) =>
    sourceEdit(
      file,
      (sourceFile) => addImports(sourceFile, wirings.filter((wiring) => applyWiring(sourceFile, wiring)).flatMap((wiring) => wiring.imports ?? [])),
      { spliced: true },
    ),
  );
}

/** A setting's helpers, member of Config and property read in loadConfig; true when it inserted any. */
function addSetting(sourceFile: SourceFile, setting: Setting, helpersAdded: Set<string>): boolean {
  let inserted = false;
  for (const name of setting.helpers ?? []) {
    if (helpersAdded.has(name)) continue;
    helpersAdded.add(name);
    const declaration = CONFIG_HELPERS[name];
    if (declaration === undefined) throw new Error(`no config helper ${name} in src/capabilities/config-helpers.ts`);
    inserted = ensureFunctionDeclaration(sourceFile, { name, declaration, above: 'loadConfig' }) || inserted;
  }
  inserted = ensureTypeMember(sourceFile, 'Config', { name: setting.key, type: setting.type, readonly: true }) || inserted;
  inserted =
    ensureObjectProperty(returnedObjectOf(sourceFile, 'loadConfig'), { name: setting.key, initializer: setting.read }) ||
    inserted;
  return inserted;
}

/** The settings in config.ts as one spliced edit (a helper two settings share is added once), then in .env.example. */
function settingEdits(settings: readonly Setting[]): FileEdit[] {
  if (settings.length === 0) return [];
  const config = sourceEdit(
    CAPABILITY_FILES.config,
    (sourceFile) => {
      const helpersAdded = new Set<string>();
      const inserted = settings.filter((setting) => addSetting(sourceFile, setting, helpersAdded));
      addImports(sourceFile, inserted.flatMap((setting) => setting.imports ?? []));
    },
    { spliced: true },
  );
  return [config, ...settings.map((setting) => textEdit(CAPABILITY_FILES.envExample, (text) => ensureEnvVariable(text, setting)))];
}

export function packageRange(name: string): string {
  const version = (PACKAGE_VERSIONS as Record<string, string>)[name];
  if (version === undefined) throw new Error(`no version for ${name} in src/stack/versions.ts`);
  return version;
}

/** Packages, scripts and allowed install scripts the capability needs; what the user has is theirs. */
function packageEdits(capability: CapabilityDefinition): FileEdit[] {
  const ranges = (names: readonly string[] = []) => Object.fromEntries(names.map((name) => [name, packageRange(name)]));
  const sections: [string, Record<string, string | boolean>][] = [
    ['dependencies', ranges(capability.dependencies)],
    ['devDependencies', ranges(capability.devDependencies)],
    ['scripts', capability.scripts ?? {}],
    ['allowScripts', capability.allowScripts ?? {}],
  ];
  const needed = sections.filter(([, entries]) => Object.keys(entries).length > 0);
  if (needed.length === 0) return [];
  const file = CAPABILITY_FILES.packageJson;
  return [
    textEdit(file, (text) =>
      needed.reduce((current, [section, entries]) => ensureJsonEntries(current, file, [section], entries), text),
    ),
  ];
}

function stackRow(capability: CapabilityDefinition, entry: CapabilityDefinition['stack'][number]): string {
  const files = entry.files.map((file) => `\`${file}\``).join(', ');
  return `| ${capability.name} | ${entry.spec} | ${entry.choice} | ${files} |`;
}

function documentationEdits(capability: CapabilityDefinition): FileEdit[] {
  const readme = capability.readme;
  const rows = capability.stack.map((entry) => stackRow(capability, entry));
  const table = ['| capability | spec names | TypeScript here | files |', '| --- | --- | --- | --- |', ...rows];
  const section = [
    CAPABILITIES_HEADING,
    '',
    'Added with `npx agent-backend add <capability>`.',
    '',
    ...(alignedTable(table) ?? table),
  ].join('\n');
  return [
    textEdit(CAPABILITY_FILES.stack, (text) =>
      ensureMarkdownTableRows(ensureMarkdownSection(text, CAPABILITIES_HEADING, section), CAPABILITY_FILES.stack, CAPABILITIES_HEADING, rows),
    ),
    ...(readme === undefined
      ? []
      : [
          textEdit(CAPABILITY_FILES.readme, (text) =>
            ensureMarkdownSection(text, readme.heading, `${readme.heading}\n\n${readme.body}`, { before: '## API' }),
          ),
        ]),
    textEdit(CAPABILITY_FILES.generatorConfig, (text) =>
      ensureJsonArrayItem(text, CAPABILITY_FILES.generatorConfig, [GENERATOR_CONFIG_KEY, 'capabilities'], capability.name),
    ),
  ];
}

/** Every edit adding `capability` makes to files the service has. */
export function capabilityEdits(capability: CapabilityDefinition): FileEdit[] {
  return [
    ...settingEdits(capability.settings),
    ...wiringEdits(capability),
    ...packageEdits(capability),
    ...documentationEdits(capability),
  ];
}

/** The files `capabilityEdits` may touch, for reading them beforehand. */
export function filesEditedBy(capability: CapabilityDefinition): string[] {
  return [...new Set(capabilityEdits(capability).map((edit) => edit.file))];
}
