/**
 * A statement that makes a call, inside a named function — `await app.register(invoiceRoutes,
 * { prefix: '/api/v1/invoices' });` in `buildApp`. Nothing is added when the function already
 * makes that call anywhere in its body (the user may have moved it into a nested plugin). A new
 * statement goes after the last statement making a similar call, else before the final `return`,
 * else at the end of the body.
 */
import { Node, SyntaxKind, type Block, type SourceFile, type Statement } from 'ts-morph';
import { callMadeBy, type CallPredicate } from './call-predicates.js';
import { functionBlock } from './find-function.js';
import { insertAll, type Insertion } from './insertions.js';
import { indented, lineAbove, lineAfter } from './statement-text.js';
import { fitSemicolon } from './semicolons.js';
import { indentationAt, indentUnitOf, newlineOf } from './text-layout.js';
import { endOfTrailingComments, startOfLeadingComments } from './comment-ranges.js';

export interface CallStatementRequest {
  functionName: string;
  /** the statement as source text; later lines are indented relative to the first */
  statement: string;
  /** true for a call that already makes this registration */
  isPresent: CallPredicate;
  /** the new statement goes after the last statement making such a call */
  placeAfterLast?: CallPredicate;
}

export { indented } from './statement-text.js';

export function afterStatement(text: string, after: Statement, statement: string): Insertion {
  return lineAfter(text, after.getStart(), endOfTrailingComments(text, after.getEnd()), statement);
}

/** On its own line above the `return` and any comment lines over it (beside it, when the return shares its line). */
export function beforeReturn(text: string, returnStatement: Statement, statement: string): Insertion {
  return lineAbove(text, startOfLeadingComments(text, returnStatement.getPos(), returnStatement.getStart()), returnStatement.getStart(), statement);
}

function intoEmptyBlock(text: string, block: Block, statement: string): Insertion {
  const newline = newlineOf(text);
  const close = block.getLastChildByKindOrThrow(SyntaxKind.CloseBraceToken);
  const closeIndent = indentationAt(text, close.getStart());
  const indent = closeIndent + indentUnitOf(text);
  const line = `${newline}${indent}${indented(statement, indent, newline)}`;
  const openEnd = block.getStart() + 1;
  const braceOnOneLine = !text.slice(openEnd, close.getStart()).includes('\n');
  return { pos: openEnd, text: braceOnOneLine ? `${line}${newline}${closeIndent}` : line };
}

function placement(block: Block, statement: string, placeAfterLast?: CallPredicate): Insertion {
  const text = block.getSourceFile().getFullText();
  const statements = block.getStatements();
  const lastSimilar = placeAfterLast && statements.filter((s) => makesCallLike(s, placeAfterLast)).at(-1);
  if (lastSimilar) return afterStatement(text, lastSimilar, statement);
  const lastReturn = statements.filter((s) => Node.isReturnStatement(s)).at(-1);
  if (lastReturn) return beforeReturn(text, lastReturn, statement);
  const last = statements.at(-1);
  return last ? afterStatement(text, last, statement) : intoEmptyBlock(text, block, statement);
}

function makesCallLike(statement: Statement, predicate: CallPredicate): boolean {
  const call = callMadeBy(statement);
  return call !== undefined && predicate(call);
}

function makesCall(block: Block, isPresent: CallPredicate): boolean {
  return block.getDescendantsOfKind(SyntaxKind.CallExpression).some(isPresent);
}

/** True when it inserted, false when the call was already there. */
export function ensureCallStatement(sourceFile: SourceFile, request: CallStatementRequest): boolean {
  const block = functionBlock(sourceFile, request.functionName);
  if (makesCall(block, request.isPresent)) return false;
  const statement = fitSemicolon(request.statement, sourceFile);
  insertAll(sourceFile, [placement(block, statement, request.placeAfterLast)]);
  return true;
}
