/**
 * A capability's edits to the files a service already has, as ts-morph and text edits: the
 * wiring in the composition root and entry points, its settings in config.ts and .env.example,
 * its packages and scripts in package.json, its rows in docs/STACK.md, its name in .yo-rc.json.
 */
import { sourceEdit, type FileEdit } from '../ast/file-edits.js';
import { callsTo } from '../ast/call-predicates.js';
import { ensureCallStatement } from '../ast/ensure-call-statement.js';
import { ensureFunctionDeclaration } from '../ast/ensure-function-declaration.js';
import { ensureNamedImport } from '../ast/ensure-named-import.js';
import { ensureObjectProperty } from '../ast/ensure-object-property.js';
import { calls, declares, ensureStatement, mentions, type StatementRequest } from '../ast/ensure-statement.js';
import { ensureTypeMember } from '../ast/ensure-type-member.js';
import { functionBlock } from '../ast/find-function.js';
import { callArgumentObject, constructorArgumentObject, nestedObjectLiteral, propertyFunctionBlock, returnedObjectOf } from '../ast/object-literal-locators.js';
import { replaceConstructorArgument } from '../ast/replace-argument.js';
import { wrapPropertyValue } from '../ast/wrap-initializer.js';
import { CAPABILITY_FILES, capabilityTextEdits } from './capability-text-edits.js';
import { CONFIG_HELPERS } from './config-helpers.js';
import type { CapabilityDefinition, ImportNeed, Setting, Wiring } from './types.js';
import { mergedImports, spliceableRuns } from './wiring-runs.js';
import type { SourceFile } from 'ts-morph';

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

/** The settings in config.ts as one spliced edit (a helper two settings share is added once). */
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
  return [config];
}

/** Every edit adding `capability` makes to files the service has. */
export function capabilityEdits(capability: CapabilityDefinition): FileEdit[] {
  return [
    ...settingEdits(capability.settings),
    ...wiringEdits(capability),
    ...capabilityTextEdits(capability),
  ];
}
