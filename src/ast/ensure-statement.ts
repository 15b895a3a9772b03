/**
 * A statement inside a block — `const readCache = createReadCache(…);` in `bootstrap`, or
 * `await readCache.close();` in the `close` function the composition root returns — unless the
 * block already has it (anywhere in the block, at any depth the caller's predicate looks).
 * It goes before the statement `before` names (a `const`, a call), or after the one `after`
 * names, and needs one of them to be there: a composition root the user rewrote is not guessed at.
 */
import { Node, type Block, type SourceFile, type Statement } from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { callMadeBy, callsTo } from './call-predicates.js';
import { afterStatement, beforeReturn } from './ensure-call-statement.js';
import { insertAll } from './insertions.js';
import { fitSemicolon } from './semicolons.js';

export type StatementPredicate = (statement: Statement) => boolean;

export interface StatementRequest {
  /** the statement as source text; later lines are indented relative to the first */
  statement: string;
  /** true for a statement of the block that already does this */
  isPresent: StatementPredicate;
  /** what the anchor is, for the message when it is missing */
  anchor: string;
  before?: StatementPredicate;
  after?: StatementPredicate;
}

/** `const name = …` (or let/var) directly in the block. */
export function declares(name: string): StatementPredicate {
  return (statement) =>
    Node.isVariableStatement(statement) && statement.getDeclarations().some((d) => d.getName() === name);
}

/** A statement that calls `callee` (`await registerOpenApi(app);`, `const x = f();`), with `firstArgument` when given. */
export function calls(callee: string, firstArgument?: string): StatementPredicate {
  const isCall = callsTo(callee, firstArgument);
  return (statement) => {
    const call = callMadeBy(statement);
    return call !== undefined && isCall(call);
  };
}

/** A statement whose text (comments aside) contains `fragment`: `readCache.close()`. */
export function mentions(fragment: string): StatementPredicate {
  return (statement) => statement.getText().includes(fragment);
}

/** The final `return`, when the block ends with one. */
export const isReturn: StatementPredicate = (statement) => Node.isReturnStatement(statement);

/** True when it inserted, false when the block already had the statement. */
export function ensureStatement(block: Block | SourceFile, request: StatementRequest): boolean {
  const statements = block.getStatements();
  if (statements.some(request.isPresent)) return false;
  const sourceFile = block.getSourceFile();
  const text = sourceFile.getFullText();
  const statement = fitSemicolon(request.statement, sourceFile);
  const after = request.after && statements.filter(request.after).at(-1);
  const before = request.before && statements.find(request.before);
  if (after) insertAll(sourceFile, [afterStatement(text, after, statement)]);
  else if (before) insertAll(sourceFile, [beforeReturn(text, before, statement)]);
  else throw anchorNotFound(sourceFile, request.anchor, block);
  return true;
}
