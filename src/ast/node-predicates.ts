/** Recognising an element of a list — a spread, an array element — by its structure. */
import { Node } from 'ts-morph';
import { callsTo, dottedNameOf } from './call-predicates.js';
import { unwrapExpression } from './unwrap-expression.js';

export type NodePredicate = (node: Node) => boolean;

/** The node is the name `name` (`invoices`, `schema.invoices`). */
export function isName(name: string): NodePredicate {
  return (node) => dottedNameOf(node) === name;
}

/** The node is a call of `callee` (`invoiceHandlers(deps)` for `'invoiceHandlers'`). */
export function isCallOf(callee: string): NodePredicate {
  const matches = callsTo(callee);
  return (node) => {
    const inner = unwrapExpression(node);
    return Node.isCallExpression(inner) && matches(inner);
  };
}
