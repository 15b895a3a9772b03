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
import { declares, ensureStatement, mentions } from '../ast/ensure-statement.js';
import { ensureTypeMember } from '../ast/ensure-type-member.js';
import { functionBlock } from '../ast/find-function.js';
import { ensureJsonArrayItem, setJsonValue } from '../ast/json-edits.js';
import { ensureMarkdownSection, ensureMarkdownTableRows } from '../ast/markdown-edits.js';
import { alignedTable } from '../ast/markdown-table.js';
import { callArgumentObject, propertyFunctionBlock, returnedObjectOf } from '../ast/object-literal-locators.js';
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
} as const;

/** The heading of the table of added capabilities in docs/STACK.md. */
export const CAPABILITIES_HEADING = '## Capabilities added';

/** Makes `edit` and, when it inserted, the imports it needs. */
function withImports(sourceFile: SourceFile, imports: readonly ImportNeed[] | undefined, inserted: boolean): void {
  if (!inserted) return;
  for (const need of imports ?? []) ensureNamedImport(sourceFile, { ...need, printWidth: 100 });
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
        anchor:
          'before' in wiring.place
            ? `a const ${wiring.place.before} in function ${wiring.function} (the new statement goes above it)`
            : `a const ${wiring.place.after} in function ${wiring.function} (the new statement goes below it)`,
        ...('before' in wiring.place ? { before: declares(wiring.place.before) } : { after: declares(wiring.place.after) }),
      });
    case 'returned-function-statement': {
      const block = propertyFunctionBlock(returnedObjectOf(sourceFile, wiring.function), wiring.property);
      const last = block.getStatements().at(-1);
      return ensureStatement(block, {
        statement: wiring.statement,
        isPresent: mentions(wiring.mentions),
        anchor: `a statement in ${wiring.property}() of the object ${wiring.function} returns`,
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
    case 'call-argument-property':
      return ensureObjectProperty(callArgumentObject(sourceFile, wiring.callee), {
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

function wiringEdits(capability: CapabilityDefinition): FileEdit[] {
  return capability.wiring.map((wiring) =>
    sourceEdit(wiring.file, (sourceFile) => withImports(sourceFile, wiring.imports, applyWiring(sourceFile, wiring))),
  );
}

function settingEdits(settings: readonly Setting[]): FileEdit[] {
  const file = CAPABILITY_FILES.config;
  return settings.flatMap((setting) => [
    sourceEdit(file, (sourceFile) => {
      for (const name of setting.helpers ?? []) {
        const declaration = CONFIG_HELPERS[name];
        if (declaration === undefined) throw new Error(`no config helper ${name} in src/capabilities/config-helpers.ts`);
        ensureFunctionDeclaration(sourceFile, { name, declaration, above: 'loadConfig' });
      }
      ensureTypeMember(sourceFile, 'Config', { name: setting.key, type: setting.type, readonly: true });
      ensureObjectProperty(returnedObjectOf(sourceFile, 'loadConfig'), { name: setting.key, initializer: setting.read });
    }),
    textEdit(CAPABILITY_FILES.envExample, (text) => ensureEnvVariable(text, setting)),
  ]);
}

function range(name: string): string {
  const version = (PACKAGE_VERSIONS as Record<string, string>)[name];
  if (version === undefined) throw new Error(`no version for ${name} in src/stack/versions.ts`);
  return version;
}

/** Sets a key unless it is there already (a user's own range or script is theirs). */
function ensureJsonKey(text: string, path: readonly string[], value: string): string {
  const root = JSON.parse(text === '' ? '{}' : text) as Record<string, Record<string, unknown> | undefined>;
  const [section = '', key = ''] = path;
  if (root[section]?.[key] !== undefined) return text;
  return setJsonValue(text, CAPABILITY_FILES.packageJson, path, value);
}

function packageEdits(capability: CapabilityDefinition): FileEdit[] {
  const entries: [string, string, string][] = [
    ...capability.dependencies.map((name): [string, string, string] => ['dependencies', name, range(name)]),
    ...(capability.devDependencies ?? []).map((name): [string, string, string] => ['devDependencies', name, range(name)]),
    ...Object.entries(capability.scripts ?? {}).map(([name, script]): [string, string, string] => ['scripts', name, script]),
  ];
  if (entries.length === 0) return [];
  return [
    textEdit(CAPABILITY_FILES.packageJson, (text) =>
      entries.reduce((current, [section, key, value]) => ensureJsonKey(current, [section, key], value), text),
    ),
  ];
}

function stackRow(capability: CapabilityDefinition, entry: CapabilityDefinition['stack'][number]): string {
  const files = entry.files.map((file) => `\`${file}\``).join(', ');
  return `| ${capability.name} | ${entry.spec} | ${entry.choice} | ${files} |`;
}

function documentationEdits(capability: CapabilityDefinition): FileEdit[] {
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
