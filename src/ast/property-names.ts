/** The name a member declares, however it is spelled: `a`, `'a'`, `"a"`, `a()`, `get a()`, `{ a }`. */
import { Node } from 'ts-morph';

export function declaredNameOf(member: Node): string | undefined {
  if (!Node.isPropertyNamed(member) && !Node.isShorthandPropertyAssignment(member)) return undefined;
  const nameNode = member.getNameNode();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) {
    return nameNode.getLiteralText();
  }
  if (Node.isComputedPropertyName(nameNode)) return undefined;
  return nameNode.getText();
}
