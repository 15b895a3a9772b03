/**
 * A top-level function found by name, however it is written: `function buildApp() {}`,
 * `export async function buildApp() {}`, `const buildApp = async () => {}`,
 * `const buildApp = function () {}`.
 */
import {
  Node,
  type ArrowFunction,
  type Block,
  type FunctionDeclaration,
  type FunctionExpression,
  type SourceFile,
} from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { unwrapExpression } from './unwrap-expression.js';

export type NamedFunction = FunctionDeclaration | ArrowFunction | FunctionExpression;

export function describeFunction(name: string): string {
  return `a top-level function named ${name} (a function declaration, or a const set to an arrow function or function expression)`;
}

function constFunction(sourceFile: SourceFile, name: string): NamedFunction | undefined {
  const initializer = sourceFile.getVariableDeclaration(name)?.getInitializer();
  const value = initializer && unwrapExpression(initializer);
  return value && (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) ? value : undefined;
}

export function findFunction(sourceFile: SourceFile, name: string): NamedFunction {
  const found = sourceFile.getFunction(name) ?? constFunction(sourceFile, name);
  if (!found) throw anchorNotFound(sourceFile, describeFunction(name));
  return found;
}

/** The `{ … }` body of the named function; an arrow function with an expression body has none. */
export function functionBlock(sourceFile: SourceFile, name: string): Block {
  const fn = findFunction(sourceFile, name);
  const body = fn.getBody();
  if (!body || !Node.isBlock(body)) throw anchorNotFound(sourceFile, `a { … } body in function ${name}`, fn);
  return body;
}
