/** `...expression` in an object literal (`...invoiceHandlers(deps)`), unless a matching spread is there. */
import { Node, type ObjectLiteralExpression } from 'ts-morph';
import { appendToCommaList } from './comma-list.js';
import type { NodePredicate } from './node-predicates.js';

export interface ObjectSpreadRequest {
  /** source text of what is spread */
  expression: string;
  /** true for the expression of a spread that already does this (`isCallOf('invoiceHandlers')`) */
  isPresent: NodePredicate;
}

/** True when it inserted, false when the spread was already there. */
export function ensureObjectSpread(object: ObjectLiteralExpression, request: ObjectSpreadRequest): boolean {
  const present = object
    .getProperties()
    .some((member) => Node.isSpreadAssignment(member) && request.isPresent(member.getExpression()));
  if (present) return false;
  appendToCommaList(object, `...${request.expression}`);
  return true;
}
