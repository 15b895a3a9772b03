/** The value under `( … )`, `… as T`, `… satisfies T` and `…!`. */
import { Node } from 'ts-morph';

export function unwrapExpression(node: Node): Node {
  if (
    Node.isParenthesizedExpression(node) ||
    Node.isAsExpression(node) ||
    Node.isSatisfiesExpression(node) ||
    Node.isNonNullExpression(node) ||
    Node.isTypeAssertion(node)
  ) {
    return unwrapExpression(node.getExpression());
  }
  return node;
}
