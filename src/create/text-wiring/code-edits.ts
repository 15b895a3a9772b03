/**
 * The structural edits of src/ast/ (a member, a statement, a property, a wrapped value, a swapped
 * argument, a helper function), made on a rendered file's text: each finds its place in the
 * layout (source-text.ts) and adds the splice the ts-morph edit would add there, with the same
 * layout helpers. A test holds the two to the same output for every capability.
 */
import type { Splice } from '../../ast/splices.js';
import { lineAbove, lineAfter } from '../../ast/statement-text.js';
import { wrappedText } from '../../ast/wrapped-call-text.js';
import { newlineOf } from '../../ast/text-layout.js';
import { escapeRegExp as escaped } from '../../escape-regexp.js';
import type { Block, LineSpan, SourceText } from './source-text.js';

/** A statement's test on its text: `const readCache = …`, a call of `relay.observe(…)`, any mention of a fragment. */
export type StatementTest = (text: string) => boolean;

export function declares(name: string): StatementTest {
  const pattern = new RegExp(`^(?:export\\s+)?(?:const|let|var)\\s+${escaped(name)}\\b`);
  return (text) => pattern.test(text);
}

export function calls(callee: string): StatementTest {
  const pattern = new RegExp(`^(?:(?:const|let|var)\\s+[\\w$]+(?:\\s*:[^=]+)?\\s*=\\s*)?(?:(?:await|void)\\s+)*${escaped(callee)}\\s*\\(`);
  return (text) => pattern.test(text);
}

export const mentions =
  (fragment: string): StatementTest =>
  (text) =>
    text.includes(fragment);

/** The statement ended by `;` when the file ends its statements so. */
export function withSemicolon(source: SourceText, statement: string): string {
  const trimmed = statement.trimEnd();
  const bare = trimmed.endsWith(';') ? trimmed.slice(0, -1) : trimmed;
  return usesSemicolons(source) ? `${bare};` : bare;
}

/** Judged, as src/ast/semicolons.ts does, by the first import, export, const or expression statement. */
function usesSemicolons(source: SourceText): boolean {
  const declaration = /^(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:async\s+)?(?:function|class|interface|type|enum|abstract|namespace)\b/;
  const sample = source.itemsOf(source.top()).map((item) => source.textOf(item)).find((text) => !declaration.test(text));
  return sample === undefined || sample.endsWith(';');
}

/** A statement in `block`, after the last statement `after` matches or before the first `before` matches; false when one `present` matches is there. */
export function addStatement(
  source: SourceText,
  block: Block,
  request: { statement: string; present: StatementTest; before?: StatementTest; after?: StatementTest },
  splices: Splice[],
): boolean {
  const items = source.itemsOf(block).map((item) => ({ item, text: source.textOf(item) }));
  if (items.some(({ text }) => request.present(text))) return false;
  const statement = withSemicolon(source, request.statement);
  const after = request.after && items.filter(({ text }) => request.after?.(text)).at(-1);
  const before = request.before && items.find(({ text }) => request.before?.(text));
  if (after) splices.push(spliceOf(lineAfter(source.text, source.startOf(after.item.first, true), source.endOf(after.item.last), statement)));
  else if (before) splices.push(spliceOf(lineAbove(source.text, source.commentsAbove(before.item), source.startOf(before.item.first, true), statement)));
  else throw source.missing(`an anchor for \`${request.statement.split('\n')[0]}\``);
  return true;
}

function spliceOf(insertion: { pos: number; text: string; separator?: boolean }): Splice {
  return { ...insertion, end: insertion.pos };
}

/** The name a member or property line declares: `readonly a?: T;`, `a: v,`, `a,`, `a() {`, `async a() {`. */
export function declaredName(text: string): string | undefined {
  return /^(?:readonly\s+|async\s+|get\s+|set\s+)*['"]?([\w$]+)['"]?\??\s*[:,(]/.exec(text)?.[1] ?? /^([\w$]+)$/.exec(text)?.[1];
}

/** `member` after the last member of the interface `name` (`readonly x: T`), unless it declares one of that name. */
export function addTypeMember(source: SourceText, typeName: string, member: { name: string; text: string }, splices: Splice[]): boolean {
  const declaration = source.find(source.top(), new RegExp(`^(?:export\\s+)?interface\\s+${escaped(typeName)}\\b`));
  if (!declaration) throw source.missing(`an interface ${typeName}`);
  const members = source.itemsOf(source.bodyOf(declaration));
  if (members.some((item) => declaredName(source.textOf(item)) === member.name)) return false;
  const last = members.at(-1);
  if (!last) throw source.missing(`a member in interface ${typeName}`);
  const lastText = source.textOf(last);
  const separator = lastText.endsWith(';') || lastText.endsWith(',') ? lastText.at(-1) : '';
  splices.push(spliceOf({ pos: source.endOf(last.last), text: `${newlineOf(source.text)}${source.indentOf(last.first)}${member.text}${separator}` }));
  return true;
}

/** `name: initializer` (or the shorthand) after the last element of a multi-line object literal, unless it has one of that name. */
export function addProperty(source: SourceText, object: Block, property: { name: string; initializer: string }, splices: Splice[]): boolean {
  const elements = source.itemsOf(object);
  if (elements.some((item) => declaredName(source.textOf(item)) === property.name)) return false;
  const item = property.initializer === property.name ? property.name : `${property.name}: ${property.initializer}`;
  const last = elements.at(-1);
  if (!last) throw source.missing(`an element in the object on line ${object.first + 1}`);
  const comma = source.textOf(last).endsWith(',');
  const line = `${newlineOf(source.text)}${source.indentOf(last.first)}${item}${comma ? ',' : ''}`;
  if (!comma) splices.push(spliceOf({ pos: source.endOf(last.last), text: ',' }));
  splices.push(spliceOf({ pos: source.endOf(last.last), text: line }));
  return true;
}

/** The value of property `name` of `object` passed through `callee(value, …extra)`; false when it already calls it. */
export function wrapProperty(
  source: SourceText,
  object: Block,
  request: { property: string; callee: string; extraArguments: readonly string[]; enclosing: Block },
  splices: Splice[],
): boolean {
  const element = source.itemsOf(object).find((item) => declaredName(source.textOf(item)) === request.property);
  if (!element) throw source.missing(`a property ${request.property} in the object on line ${object.first + 1}`);
  const text = source.textOf(element).replace(/,$/, '');
  const start = source.startOf(element.first, true);
  const layout = { text: source.text, at: start };
  const wrap = { property: request.property, callee: request.callee, extraArguments: request.extraArguments };
  if (text === request.property) {
    const local = source.find(request.enclosing, declares(request.property));
    if (local && source.textOf(local).includes(`${request.callee}(`)) return false;
    const prefix = `${text}: `;
    splices.push({ pos: start, end: start + text.length, text: `${prefix}${wrappedText(text, wrap, { ...layout, prefix })}` });
    return true;
  }
  const prefix = `${request.property}: `;
  if (!text.startsWith(prefix)) throw source.missing(`\`${prefix}…\` on line ${element.first + 1}`);
  const value = text.slice(prefix.length);
  if (value.includes(`${request.callee}(`)) return false;
  splices.push({ pos: start + prefix.length, end: start + text.length, text: wrappedText(value, wrap, { ...layout, prefix }) });
  return true;
}

/** The arguments of the call whose `(` is at `open`: their [start, end) ranges, at depth one. */
function argumentRanges(text: string, open: number): [number, number][] {
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | undefined;
  for (let pos = open; pos < text.length; pos += 1) {
    const char = text[pos] as string;
    if (quote) {
      if (char === '\\') pos += 1;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char) && --depth === 0) return [...ranges, [start, pos]];
    else if (char === ',' && depth === 1) {
      ranges.push([start, pos]);
      start = pos + 1;
    }
  }
  return ranges;
}

/** Argument `index` of `new className(…)` swapped from `from` to `to`; false when it is `to` already. */
export function replaceConstructorArgument(
  source: SourceText,
  request: { className: string; index: number; from: string; to: string },
  splices: Splice[],
): boolean {
  const compact = (text: string) => text.replace(/\s+/g, '');
  const match = new RegExp(`\\bnew\\s+${escaped(request.className)}\\s*\\(`).exec(source.text);
  const range = match && argumentRanges(source.text, match.index + match[0].length - 1)[request.index];
  if (!range) throw source.missing(`new ${request.className}(…) with an argument ${request.index + 1}`);
  const [from, to] = range;
  const argument = source.text.slice(from, to);
  if (compact(argument) === compact(request.to)) return false;
  if (compact(argument) !== compact(request.from)) throw source.missing(`\`${request.from}\` as argument ${request.index + 1} of new ${request.className}`);
  const start = from + (argument.length - argument.trimStart().length);
  splices.push({ pos: start, end: start + argument.trim().length, text: request.to });
  return true;
}

/** `declaration` (a function) above the top-level statement `above` names, with a blank line after it. */
export function addDeclarationAbove(source: SourceText, above: LineSpan, declaration: string, splices: Splice[]): void {
  const start = source.startOf(above.first, true);
  splices.push(spliceOf(lineAbove(source.text, source.commentsAbove(above), start, `${declaration}\n`)));
}
