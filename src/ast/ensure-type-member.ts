/**
 * `name: type` in an interface (`interface Repositories { … }`) or an object type alias
 * (`type Repositories = { … }`), unless a member of that name is there — its type is the user's
 * to change and is left alone.
 */
import { Node, SyntaxKind, type SourceFile, type ts } from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { insertAll, type Insertion } from './insertions.js';
import { declaresName } from './property-names.js';
import { usesSemicolons } from './semicolons.js';
import { wrapNode } from './wrap-node.js';
import { indentationAt, indentUnitOf, newlineOf, onSameLine } from './text-layout.js';
import { endOfTrailingComments } from './comment-ranges.js';

export interface TypeMemberRequest {
  name: string;
  type: string;
  readonly?: boolean;
  /** `name?: type` */
  optional?: boolean;
}

interface MemberList {
  compilerMembers: readonly ts.TypeElement[];
  last: Node | undefined;
  openEnd: number;
  closeStart: number;
}

function memberListOf(sourceFile: SourceFile, typeName: string): MemberList {
  const declaration = sourceFile.getInterface(typeName) ?? sourceFile.getTypeAlias(typeName)?.getTypeNode();
  if (!declaration || !(Node.isInterfaceDeclaration(declaration) || Node.isTypeLiteral(declaration))) {
    throw anchorNotFound(sourceFile, `an interface ${typeName} { … } or a type ${typeName} = { … }`, declaration);
  }
  const compilerMembers = declaration.compilerNode.members;
  const last = compilerMembers.at(-1);
  return {
    compilerMembers,
    last: last && wrapNode(sourceFile, last),
    openEnd: declaration.getFirstChildByKindOrThrow(SyntaxKind.OpenBraceToken).getEnd(),
    closeStart: declaration.getLastChildByKindOrThrow(SyntaxKind.CloseBraceToken).getStart(),
  };
}

function separatorAfter(member: Node): string {
  const last = member.getText().at(-1);
  return last === ';' || last === ',' ? last : '';
}

function placement(text: string, list: MemberList, member: string, defaultSeparator: string): Insertion[] {
  const newline = newlineOf(text);
  const last = list.last;
  if (!last) {
    const closeIndent = indentationAt(text, list.closeStart);
    const line = `${newline}${closeIndent}${indentUnitOf(text)}${member}${defaultSeparator}`;
    const braceOnOneLine = onSameLine(text, list.openEnd, list.closeStart);
    return [{ pos: list.openEnd, text: braceOnOneLine ? `${line}${newline}${closeIndent}` : line }];
  }
  const separator = separatorAfter(last);
  if (onSameLine(text, last.getEnd(), list.closeStart)) {
    return [{ pos: last.getEnd(), text: `${separator === '' ? ';' : ''} ${member}${separator}` }];
  }
  const indent = indentationAt(text, last.getStart());
  return [{ pos: endOfTrailingComments(text, last.getEnd()), text: `${newline}${indent}${member}${separator}` }];
}

/** True when it inserted, false when the member was already there. */
export function ensureTypeMember(sourceFile: SourceFile, typeName: string, request: TypeMemberRequest): boolean {
  const list = memberListOf(sourceFile, typeName);
  if (declaresName(list.compilerMembers, request.name)) return false;
  const text = sourceFile.getFullText();
  const defaultSeparator = usesSemicolons(sourceFile) ? ';' : '';
  const member = `${request.readonly ? 'readonly ' : ''}${request.name}${request.optional ? '?' : ''}: ${request.type}`;
  insertAll(sourceFile, placement(text, list, member, defaultSeparator));
  return true;
}
