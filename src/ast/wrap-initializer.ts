/**
 * Wraps the value of an object literal's property in a call — `queries: createQueries(database)`
 * becomes `queries: withReadCache(createQueries(database), readCache)` — keeping the user's
 * expression inside as it is. Nothing happens when the value already makes that call.
 * A shorthand property, `{ queries }`, becomes `queries: withReadCache(queries, readCache)`,
 * unless the const it names, in an enclosing block, is already set to such a call.
 */
import { Node, SyntaxKind, type ObjectLiteralExpression } from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { declaredNameOf } from './property-names.js';
import { wrappedText, type WrapRequest } from './wrapped-call-text.js';

export type { WrapRequest } from './wrapped-call-text.js';
import { replaceRange } from './insertions.js';

/** True when `value` is, or contains, a call to `callee`. */
function calls(value: Node | undefined, callee: string): boolean {
  if (value === undefined) return false;
  const candidates = [value, ...value.getDescendantsOfKind(SyntaxKind.CallExpression)];
  return candidates.some((node) => Node.isCallExpression(node) && node.getExpression().getText() === callee);
}

/** The initializer of the variable `name` declared directly in the nearest enclosing block (or the file). */
function localInitializer(node: Node, name: string): Node | undefined {
  for (const ancestor of node.getAncestors()) {
    if (!Node.isBlock(ancestor) && !Node.isSourceFile(ancestor)) continue;
    const declaration = ancestor.getVariableDeclaration(name);
    if (declaration) return declaration.getInitializer();
  }
  return undefined;
}

/** True when it wrapped, false when the value already calls `callee`. */
export function wrapPropertyValue(object: ObjectLiteralExpression, request: WrapRequest): boolean {
  const property = object.getProperties().find((member) => declaredNameOf(member) === request.property);
  const sourceFile = object.getSourceFile();
  if (property && Node.isShorthandPropertyAssignment(property)) {
    const name = property.getName();
    if (calls(localInitializer(property, name), request.callee)) return false;
    const layout = { text: sourceFile.getFullText(), at: property.getStart(), prefix: `${name}: ` };
    replaceRange(sourceFile, property.getStart(), property.getEnd(), `${name}: ${wrappedText(name, request, layout)}`);
    return true;
  }
  if (!property || !Node.isPropertyAssignment(property)) {
    throw anchorNotFound(sourceFile, `a property ${request.property}: … in this object`, property ?? object);
  }
  const value = property.getInitializerOrThrow();
  if (calls(value, request.callee)) return false;
  const layout = { text: sourceFile.getFullText(), at: property.getStart(), prefix: `${property.getName()}: ` };
  replaceRange(sourceFile, value.getStart(), value.getEnd(), wrappedText(value.getText(), request, layout));
  return true;
}
