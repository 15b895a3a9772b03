/**
 * The name a member declares, however it is spelled: `a`, `'a'`, `"a"`, `a()`, `get a()`, `{ a }`.
 * Read from TypeScript's own nodes, so finding a member among many wraps none of the others in
 * ts-morph nodes (a cost that grew with the files listing every aggregate).
 */
import { ts, type Node } from 'ts-morph';

export function declaredName(member: ts.Node): string | undefined {
  const name = (member as { name?: ts.Node }).name;
  if (name === undefined || ts.isComputedPropertyName(name)) return undefined;
  if (ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isNumericLiteral(name) ? name.getText() : undefined;
}

export function declaredNameOf(member: Node): string | undefined {
  return declaredName(member.compilerNode);
}

/** Whether one of `members` (TypeScript nodes) declares `name`. */
export function declaresName(members: readonly ts.Node[], name: string): boolean {
  return members.some((member) => declaredName(member) === name);
}
