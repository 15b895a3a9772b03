/**
 * A capability's edits made to the files `create` has just rendered, by their text, without
 * loading ts-morph (≈ 0.5 s of a 2-core machine's time; docs/decisions/create-wires-by-text.md).
 * The same definitions, in the same order and runs, as src/capabilities/wiring-edits.ts makes
 * them through the syntax tree for `add`; test/unit/create/text-wiring.test.ts holds the two
 * routes to byte-identical files.
 */
import { spliced, type Splice } from '../../ast/splices.js';
import { capabilityTextEdits, CAPABILITY_FILES } from '../../capabilities/capability-text-edits.js';
import { CONFIG_HELPERS } from '../../capabilities/config-helpers.js';
import type { CapabilityDefinition, ImportNeed, Setting, Wiring } from '../../capabilities/types.js';
import { mergedImports, spliceableRuns } from '../../capabilities/wiring-runs.js';
import {
  addDeclarationAbove,
  addProperty,
  addStatement,
  addTypeMember,
  calls,
  declares,
  mentions,
  replaceConstructorArgument,
  wrapProperty,
  type StatementTest,
} from './code-edits.js';
import { addNamedImport, isBoundAtTopLevel } from './import-edits.js';
import { callArgumentObject, constructorArgumentObject, functionBody, propertyObject, returnedObject } from './locators.js';
import { SourceText } from './source-text.js';

function statementPlace(place: Extract<Wiring, { kind: 'statement' }>['place']): { before?: StatementTest; after?: StatementTest } {
  if ('before' in place) return { before: declares(place.before) };
  if ('after' in place) return { after: declares(place.after) };
  if ('beforeCall' in place) return { before: calls(place.beforeCall) };
  return { after: calls(place.afterCall) };
}

function applyWiring(source: SourceText, wiring: Wiring, splices: Splice[]): boolean {
  switch (wiring.kind) {
    case 'type-member': {
      const text = `${wiring.readonly ? 'readonly ' : ''}${wiring.name}${wiring.optional ? '?' : ''}: ${wiring.memberType}`;
      return addTypeMember(source, wiring.type, { name: wiring.name, text }, splices);
    }
    case 'statement': {
      const present = 'declares' in wiring.present ? declares(wiring.present.declares) : mentions(wiring.present.mentions);
      return addStatement(source, functionBody(source, wiring.function), { statement: wiring.statement, present, ...statementPlace(wiring.place) }, splices);
    }
    case 'returned-function-statement': {
      const object = returnedObject(source, wiring.function);
      const property = source.find(object, (text) => text.startsWith(`${wiring.property}:`) || text.startsWith(`${wiring.property}(`) || text.startsWith(`async ${wiring.property}(`));
      if (!property) throw source.missing(`a property ${wiring.property} of the object ${wiring.function} returns`);
      const block = source.bodyOf(property);
      const last = source.itemsOf(block).at(-1);
      const lastText = last && source.textOf(last);
      const place = wiring.after !== undefined ? { after: mentions(wiring.after) } : lastText === undefined ? {} : { before: (text: string) => text === lastText };
      return addStatement(source, block, { statement: wiring.statement, present: mentions(wiring.mentions), ...place }, splices);
    }
    case 'returned-property':
      return addProperty(source, returnedObject(source, wiring.function), { name: wiring.name, initializer: wiring.initializer }, splices);
    case 'wrap-returned-property':
      return wrapProperty(
        source,
        returnedObject(source, wiring.function),
        { property: wiring.name, callee: wiring.callee, extraArguments: wiring.extraArguments, enclosing: functionBody(source, wiring.function) },
        splices,
      );
    case 'replace-constructor-argument':
      return replaceConstructorArgument(source, wiring, splices);
    case 'wrap-constructor-property': {
      const object = constructorArgumentObject(source, wiring.className);
      const enclosing = source.top();
      const owner = source.itemsOf(enclosing).find((item) => item.first < object.first && item.last > object.last);
      return wrapProperty(
        source,
        object,
        { property: wiring.name, callee: wiring.wrapper, extraArguments: wiring.extraArguments, enclosing: owner ? source.bodyOf(owner) : enclosing },
        splices,
      );
    }
    case 'call-argument-property': {
      const object = (wiring.path ?? []).reduce((block, name) => propertyObject(source, block, name), callArgumentObject(source, wiring.callee, wiring.firstArgument));
      return addProperty(source, object, { name: wiring.name, initializer: wiring.initializer }, splices);
    }
    case 'call-statement':
      throw source.missing(`support for call-statement wirings (${wiring.statement}): add it to create's text wiring`);
  }
}

/** One run of edits to one file, all placed against the text it starts from (as `applyEdits` splices them). */
function spliceRun(files: Map<string, string>, file: string, edit: (source: SourceText, splices: Splice[]) => ImportNeed[]): void {
  const text = files.get(file);
  if (text === undefined) throw new Error(`${file}: create's text wiring needs this file in the rendered service`);
  const source = new SourceText(file, text);
  const splices: Splice[] = [];
  for (const need of mergedImports(edit(source, splices))) addNamedImport(source, need, splices);
  if (splices.length > 0) files.set(file, spliced(text, splices));
}

/** A setting's helpers, member of Config and property read in loadConfig; true when it inserted any. */
function addSetting(source: SourceText, setting: Setting, helpersAdded: Set<string>, splices: Splice[]): boolean {
  let inserted = false;
  const loadConfig = source.find(source.top(), /^export\s+function\s+loadConfig\b/);
  if (!loadConfig) throw source.missing('a function loadConfig');
  for (const name of setting.helpers ?? []) {
    if (helpersAdded.has(name)) continue;
    helpersAdded.add(name);
    const declaration = CONFIG_HELPERS[name];
    if (declaration === undefined) throw new Error(`no config helper ${name} in src/capabilities/config-helpers.ts`);
    if (isBoundAtTopLevel(source, name)) continue;
    addDeclarationAbove(source, loadConfig, declaration, splices);
    inserted = true;
  }
  inserted = addTypeMember(source, 'Config', { name: setting.key, text: `readonly ${setting.key}: ${setting.type}` }, splices) || inserted;
  inserted = addProperty(source, returnedObject(source, 'loadConfig'), { name: setting.key, initializer: setting.read }, splices) || inserted;
  return inserted;
}

/** `files` (path → text, changed in place) with `capability` added as `agent-backend add` would add it. */
export function wireCapability(files: Map<string, string>, capability: CapabilityDefinition): void {
  if (capability.settings.length > 0) {
    spliceRun(files, CAPABILITY_FILES.config, (source, splices) => {
      const helpersAdded = new Set<string>();
      return capability.settings.filter((setting) => addSetting(source, setting, helpersAdded, splices)).flatMap((setting) => setting.imports ?? []);
    });
  }
  for (const { file, wirings } of spliceableRuns(capability.wiring)) {
    spliceRun(files, file, (source, splices) => wirings.filter((wiring) => applyWiring(source, wiring, splices)).flatMap((wiring) => wiring.imports ?? []));
  }
  for (const edit of capabilityTextEdits(capability)) {
    const text = files.get(edit.file);
    if (text === undefined) throw new Error(`${edit.file}: create's text wiring needs this file in the rendered service`);
    files.set(edit.file, edit.apply(text));
  }
}
