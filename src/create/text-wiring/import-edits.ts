/**
 * `import { Name } from 'module'` on a rendered file's text, as src/ast/ensure-named-import.ts
 * adds it: merged into an import of that module when the file has one it can take, else a new
 * declaration after the import of the most similar module path (or above the first statement).
 */
import { namedImportText } from '../../ast/named-import-text.js';
import type { Splice } from '../../ast/splices.js';
import { extensionOf, indexToFollow, isRelative, quotedSpecifier, sameModule } from '../../ast/specifier-text.js';
import { newlineOf } from '../../ast/text-layout.js';
import type { ImportNeed } from '../../capabilities/types.js';
import { withSemicolon } from './code-edits.js';
import type { LineSpan, SourceText } from './source-text.js';

interface ImportLine {
  item: LineSpan;
  module: string;
  typeOnly: boolean;
  /** `{ … }`: from after `{` to `}`; absent for a default or namespace import alone */
  braces?: { open: number; close: number };
  namespace: boolean;
  defaultName?: string;
  names: string[];
}

const DECLARED = /^(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function\*?|class|interface|type|enum|const|let|var|abstract\s+class)\s+([\w$]+)/;

const parsedImports = new WeakMap<SourceText, ImportLine[]>();

function importLines(source: SourceText): ImportLine[] {
  const known = parsedImports.get(source);
  if (known) return known;
  const lines = source.itemsOf(source.top()).flatMap((item): ImportLine[] => {
    const text = source.textOf(item);
    const parsed = /^import\s+(type\s+)?([\s\S]*?)\s*from\s*(['"])(.*?)\3/.exec(text);
    if (!parsed) return [];
    const clause = parsed[2] as string;
    const start = source.startOf(item.first, true);
    const open = text.indexOf('{');
    const braces = open < 0 ? undefined : { open: start + open + 1, close: start + text.indexOf('}') };
    const names = /\{([\s\S]*)\}/.exec(clause)?.[1]?.split(',').map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1) ?? '') ?? [];
    const defaultName = /^([\w$]+)/.exec(clause)?.[1];
    const namespace = /\*\s*as\s+([\w$]+)/.exec(clause)?.[1];
    return [
      {
        item,
        module: parsed[4] as string,
        typeOnly: parsed[1] !== undefined,
        ...(braces ? { braces } : {}),
        namespace: namespace !== undefined,
        ...(defaultName ? { defaultName } : {}),
        names: [...names.filter(Boolean), ...(defaultName ? [defaultName] : []), ...(namespace ? [namespace] : [])],
      },
    ];
  });
  parsedImports.set(source, lines);
  return lines;
}

/** The names the file binds at its top level, imported or declared. */
function boundNames(source: SourceText, imports: readonly ImportLine[]): Set<string> {
  const declared = source.itemsOf(source.top()).flatMap((item) => DECLARED.exec(source.textOf(item))?.[1] ?? []);
  return new Set([...imports.flatMap((line) => line.names), ...declared]);
}

/** After the last element of the `{ … }` of an import, laid out as the list is (src/ast/comma-list.ts). */
function intoBraces(source: SourceText, braces: { open: number; close: number }, name: string): Splice {
  const inside = source.text.slice(braces.open, braces.close);
  const trailing = /,\s*$/.test(inside);
  const lastEnd = braces.open + inside.replace(/,?\s*$/, '').length;
  if (!inside.includes('\n')) {
    const pos = trailing ? lastEnd + 1 : lastEnd;
    return { pos, end: pos, text: trailing ? ` ${name},` : `, ${name}` };
  }
  const lineStart = source.text.lastIndexOf('\n', lastEnd - 1) + 1;
  const indent = /^[ \t]*/.exec(source.text.slice(lineStart))?.[0] ?? '';
  const pos = trailing ? lastEnd + 1 : lastEnd;
  // without a trailing comma the last name gets one and the new one has none, as in comma-list.ts
  return { pos, end: pos, text: `${trailing ? '' : ','}${newlineOf(source.text)}${indent}${name}${trailing ? ',' : ''}` };
}

/** Where a file with no import gets its first: above its first statement, after a header comment a blank line sets apart. */
function firstStatementStart(source: SourceText): number {
  const first = source.itemsOf(source.top())[0];
  if (!first) return source.text.length;
  const start = source.commentsAbove(first);
  for (let line = first.first - 1; line >= 0 && source.startOf(line, true) >= start; line -= 1) {
    if ((source.lines[line] as string).trim() === '') return source.startOf(line + 1);
  }
  return source.text.lastIndexOf('\n', start - 1) + 1;
}

/** Whether the file binds `name` at its top level, imported or declared. */
export function isBoundAtTopLevel(source: SourceText, name: string): boolean {
  return boundNames(source, importLines(source)).has(name);
}

/** False when every name is bound at the top level already. */
export function addNamedImport(source: SourceText, need: ImportNeed, splices: Splice[]): boolean {
  const imports = importLines(source);
  const bound = boundNames(source, imports);
  const missing = need.names.filter((name) => !bound.has(name));
  if (missing.length === 0) return false;
  const typeOnly = need.typeOnly ?? false;
  const target = imports.find((line) => sameModule(line.module, need.from) && line.typeOnly === typeOnly && !line.namespace);
  if (target) {
    for (const name of missing) {
      if (target.braces) splices.push(intoBraces(source, target.braces, name));
      else {
        const pos = source.startOf(target.item.first, true) + source.textOf(target.item).indexOf(target.defaultName ?? '') + (target.defaultName ?? '').length;
        splices.push({ pos, end: pos, text: `, { ${name} }` });
      }
    }
    return true;
  }
  const relative = imports.map((line) => line.module).find(isRelative);
  const first = imports[0];
  const quote = first !== undefined && /from\s*"/.test(source.textOf(first.item)) ? '"' : "'";
  const from = withSemicolon(source, `from ${quotedSpecifier(need.from, { quote, relativeExtension: relative === undefined ? undefined : extensionOf(relative) })};`);
  const declaration = namedImportText(typeOnly ? 'import type' : 'import', missing, from, { printWidth: 100, indent: source.unit, newline: newlineOf(source.text) });
  const follow = indexToFollow(
    imports.map((line) => line.module),
    need.from,
  );
  const after = follow === undefined ? undefined : imports[follow];
  if (after) {
    const pos = source.endOf(after.item.last);
    splices.push({ pos, end: pos, text: `${newlineOf(source.text)}${declaration}` });
    return true;
  }
  const pos = firstStatementStart(source);
  splices.push({ pos, end: pos, text: `${declaration}${newlineOf(source.text)}` });
  splices.push({ pos, end: pos, text: newlineOf(source.text), separator: true });
  return true;
}
