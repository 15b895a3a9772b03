/**
 * A top-level helper function — `function optionalUrl(…) { … }` in config.ts — placed above the
 * function that uses it, unless the file already binds that name at its top level.
 */
import { Node, type SourceFile, type Statement } from 'ts-morph';
import { beforeReturn } from './ensure-call-statement.js';
import { findFunction } from './find-function.js';
import { insertAll } from './insertions.js';
import { isBoundAtTopLevel } from './top-level-names.js';

export interface FunctionDeclarationRequest {
  name: string;
  /** the whole declaration as source text */
  declaration: string;
  /** the top-level function it goes above */
  above: string;
}

/** The statement of the file that holds `node` (`export const f = () => …` for the arrow function). */
function topLevelStatementOf(node: Node): Statement {
  let current = node;
  for (let parent = current.getParent(); parent && !Node.isSourceFile(parent); parent = current.getParent()) {
    current = parent;
  }
  return current as Statement;
}

/** True when it inserted, false when the name was already bound. */
export function ensureFunctionDeclaration(sourceFile: SourceFile, request: FunctionDeclarationRequest): boolean {
  if (isBoundAtTopLevel(sourceFile, request.name)) return false;
  const statement = topLevelStatementOf(findFunction(sourceFile, request.above));
  const text = sourceFile.getFullText();
  // a blank line after it; `beforeReturn` writes each `\n` as the file's own newline
  insertAll(sourceFile, [beforeReturn(text, statement, `${request.declaration}\n`)]);
  return true;
}
