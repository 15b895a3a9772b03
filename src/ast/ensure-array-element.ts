/** An element of an array literal (`invoiceRoutes` in `const routes = [ … ]`), unless a matching one is there. */
import type { ArrayLiteralExpression } from 'ts-morph';
import { appendToCommaList } from './comma-list.js';
import type { NodePredicate } from './node-predicates.js';

export interface ArrayElementRequest {
  /** source text of the element */
  element: string;
  /** true for an element that already is this one (`isName('invoiceRoutes')`) */
  isPresent: NodePredicate;
}

/** True when it inserted, false when the element was already there. */
export function ensureArrayElement(array: ArrayLiteralExpression, request: ArrayElementRequest): boolean {
  if (array.getElements().some(request.isPresent)) return false;
  appendToCommaList(array, request.element);
  return true;
}
