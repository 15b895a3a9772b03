/** `name: initializer` in an object literal, unless a member of that name is already there. */
import type { ObjectLiteralExpression } from 'ts-morph';
import { appendToCommaList } from './comma-list.js';
import { declaresName } from './property-names.js';

export interface ObjectPropertyRequest {
  name: string;
  /** source text of the value; equal to `name` gives the shorthand `{ name }` */
  initializer: string;
}

/** True when it inserted, false when the property was already there. */
export function ensureObjectProperty(object: ObjectLiteralExpression, request: ObjectPropertyRequest): boolean {
  if (declaresName(object.compilerNode.properties, request.name)) return false;
  const property = request.initializer === request.name ? request.name : `${request.name}: ${request.initializer}`;
  appendToCommaList(object, property);
  return true;
}
