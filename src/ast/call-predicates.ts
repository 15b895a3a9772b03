/** Recognising a call by its structure: what is called, and with what first argument. */
import { Node, type CallExpression, type Statement } from 'ts-morph';
import { unwrapExpression } from './unwrap-expression.js';

export type CallPredicate = (call: CallExpression) => boolean;

/** `app.register`, `this.bus.on`, `buildApp` — undefined for anything that is not a dotted name. */
export function dottedNameOf(node: Node): string | undefined {
  const inner = unwrapExpression(node);
  if (Node.isIdentifier(inner)) return inner.getText();
  if (Node.isThisExpression(inner)) return 'this';
  if (Node.isPropertyAccessExpression(inner)) {
    const owner = dottedNameOf(inner.getExpression());
    return owner === undefined ? undefined : `${owner}.${inner.getName()}`;
  }
  return undefined;
}

/**
 * Matches calls of `callee` (`'app.register'`) and, when given, whose first argument is the
 * name `firstArgument` (`'invoiceRoutes'`).
 */
export function callsTo(callee: string, firstArgument?: string): CallPredicate {
  return (call) => {
    if (dottedNameOf(call.getExpression()) !== callee) return false;
    if (firstArgument === undefined) return true;
    const argument = call.getArguments()[0];
    return argument !== undefined && dottedNameOf(argument) === firstArgument;
  };
}

/** The call a statement makes: `f();`, `await f();`, `void f();`, `const x = await f();`. */
export function callMadeBy(statement: Statement): CallExpression | undefined {
  let expression: Node | undefined;
  if (Node.isExpressionStatement(statement)) expression = statement.getExpression();
  if (Node.isVariableStatement(statement)) expression = statement.getDeclarations()[0]?.getInitializer();
  while (expression && (Node.isAwaitExpression(expression) || Node.isVoidExpression(expression))) {
    expression = expression.getExpression();
  }
  return expression && Node.isCallExpression(expression) ? expression : undefined;
}
