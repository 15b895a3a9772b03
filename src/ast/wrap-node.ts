/**
 * The ts-morph node of one TypeScript node, found by walking down to its start: only the nodes on
 * that path are wrapped, where asking a list for its members would wrap every one of them.
 */
import type { Node, SourceFile, ts } from 'ts-morph';

export function wrapNode(sourceFile: SourceFile, node: ts.Node): Node {
  let found: Node | undefined = sourceFile.getDescendantAtPos(node.getStart(sourceFile.compilerNode));
  while (found !== undefined && found.compilerNode !== node) found = found.getParent();
  if (found === undefined) throw new Error(`no ts-morph node for the ${node.kind} node at ${node.pos}`);
  return found;
}
