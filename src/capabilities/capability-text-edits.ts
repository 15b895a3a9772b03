/**
 * A capability's edits to the files that are not TypeScript — its settings in .env.example, its
 * packages and scripts in package.json, its rows in docs/STACK.md, its README section, its name
 * in .yo-rc.json — from text to text, the same for `add` and `create`.
 */
import { textEdit, type TextFileEdit } from '../ast/file-edits.js';
import { ensureEnvVariable } from '../ast/env-file-edits.js';
import { ensureJsonArrayItem, ensureJsonEntries } from '../ast/json-edits.js';
import { ensureMarkdownSection, ensureMarkdownTableRows } from '../ast/markdown-edits.js';
import { alignedTable } from '../ast/markdown-table.js';
import { GENERATOR_CONFIG_KEY } from '../generator-config-key.js';
import { PACKAGE_VERSIONS } from '../stack/versions.js';
import type { CapabilityDefinition } from './types.js';

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

export function packageRange(name: string): string {
  const version = (PACKAGE_VERSIONS as Record<string, string>)[name];
  if (version === undefined) throw new Error(`no version for ${name} in src/stack/versions.ts`);
  return version;
}

/** Packages, scripts and allowed install scripts the capability needs; what the user has is theirs. */
function packageEdits(capability: CapabilityDefinition): TextFileEdit[] {
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

function documentationEdits(capability: CapabilityDefinition): TextFileEdit[] {
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

/** Every text edit adding `capability` makes: its settings in .env.example, then package.json, then the docs and .yo-rc.json. */
export function capabilityTextEdits(capability: CapabilityDefinition): TextFileEdit[] {
  const env = capability.settings.map((setting) => textEdit(CAPABILITY_FILES.envExample, (text) => ensureEnvVariable(text, setting)));
  return [...env, ...packageEdits(capability), ...documentationEdits(capability)];
}

/** The files adding `capability` may edit, in the order its edits come: config.ts, the text files its settings go in, the wired files, the rest. */
export function filesEditedBy(capability: CapabilityDefinition): string[] {
  const [settings, rest] = [capability.settings.length, capabilityTextEdits(capability)];
  return [
    ...new Set([
      ...(settings > 0 ? [CAPABILITY_FILES.config] : []),
      ...rest.slice(0, settings).map((edit) => edit.file),
      ...capability.wiring.map((wiring) => wiring.file),
      ...rest.slice(settings).map((edit) => edit.file),
    ]),
  ];
}
