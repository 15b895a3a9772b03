/**
 * Appending one element to a bracketed, comma-separated list — an object literal, an array
 * literal, the `{ … }` of an import — the way the list is already written: on one line or one
 * element per line, with or without a trailing comma, comments after the last element kept on
 * its line.
 */
import {
  Node,
  SyntaxKind,
  type ArrayLiteralExpression,
  type NamedImports,
  type ObjectLiteralExpression,
} from 'ts-morph';
import { insertAll, type Insertion } from './insertions.js';
import { indentationAt, indentUnitOf, newlineOf, onSameLine } from './text-layout.js';
import { endOfTrailingComments } from './comment-ranges.js';
import { wrapNode } from './wrap-node.js';

export type CommaListNode = ObjectLiteralExpression | ArrayLiteralExpression | NamedImports;

interface CommaList {
  openEnd: number;
  closeStart: number;
  /** the last element, the only one the placement reads (wrapping every element grew with the list) */
  last: Node | undefined;
  hasTrailingComma: boolean;
  /** `' '` inside braces (`{ a }`), `''` inside brackets (`[a]`) */
  padding: string;
}

function commaListOf(node: CommaListNode): CommaList {
  const braces = !Node.isArrayLiteralExpression(node);
  const open = node.getFirstChildByKindOrThrow(braces ? SyntaxKind.OpenBraceToken : SyntaxKind.OpenBracketToken);
  const close = node.getLastChildByKindOrThrow(braces ? SyntaxKind.CloseBraceToken : SyntaxKind.CloseBracketToken);
  const compiler = node.compilerNode;
  const nodeArray = 'properties' in compiler ? compiler.properties : compiler.elements;
  const last = nodeArray.at(-1);
  return {
    openEnd: open.getEnd(),
    closeStart: close.getStart(),
    last: last && wrapNode(node.getSourceFile(), last),
    hasTrailingComma: nodeArray.hasTrailingComma === true,
    padding: braces ? ' ' : '',
  };
}

function intoEmptyList(text: string, list: CommaList, item: string): Insertion[] {
  const inside = text.slice(list.openEnd, list.closeStart);
  if (inside.includes('\n')) {
    const indent = indentationAt(text, list.closeStart) + indentUnitOf(text);
    return [{ pos: list.openEnd, text: `${newlineOf(text)}${indent}${item},` }];
  }
  if (inside === '') return [{ pos: list.openEnd, text: `${list.padding}${item}${list.padding}` }];
  if (inside.trim() === '') return [{ pos: list.openEnd, text: `${list.padding}${item}` }];
  return [{ pos: list.closeStart, text: `${item}${list.padding}` }];
}

function afterLastElement(text: string, list: CommaList, last: Node, item: string): Insertion[] {
  const lastEnd = last.getEnd();
  const comma = list.hasTrailingComma ? last.getNextSiblingIfKind(SyntaxKind.CommaToken) : undefined;
  const anchor = comma?.getEnd() ?? lastEnd;
  if (onSameLine(text, lastEnd, list.closeStart)) {
    return [{ pos: anchor, text: comma ? ` ${item},` : `, ${item}` }];
  }
  const line = `${newlineOf(text)}${indentationAt(text, last.getStart())}${item}${comma ? ',' : ''}`;
  // in text order: the comma the last element lacks (at its end), then the new line (after its comments)
  return [...(comma ? [] : [{ pos: lastEnd, text: ',' }]), { pos: endOfTrailingComments(text, anchor), text: line }];
}

/** Appends `item` (source text of one element) after the last element of `node`. */
export function appendToCommaList(node: CommaListNode, item: string): void {
  const sourceFile = node.getSourceFile();
  const text = sourceFile.getFullText();
  const list = commaListOf(node);
  const last = list.last;
  const insertions = last ? afterLastElement(text, list, last, item) : intoEmptyList(text, list, item);
  insertAll(sourceFile, insertions);
}
