/**
 * The names a file binds at its top level — imported (under whatever alias) or declared — read
 * from the syntax alone, without the binder or a type checker.
 */
import { Node, type ImportDeclaration, type SourceFile } from 'ts-morph';

export function localNamesImportedBy(declaration: ImportDeclaration): string[] {
  const named = declaration
    .getNamedImports()
    .map((specifier) => specifier.getAliasNode()?.getText() ?? specifier.getName());
  const other = [declaration.getDefaultImport(), declaration.getNamespaceImport()].flatMap((node) =>
    node ? [node.getText()] : [],
  );
  return [...named, ...other];
}

function declaredName(statement: Node): string[] {
  if (Node.isVariableStatement(statement)) return statement.getDeclarations().map((d) => d.getName());
  if (
    Node.isFunctionDeclaration(statement) ||
    Node.isClassDeclaration(statement) ||
    Node.isInterfaceDeclaration(statement) ||
    Node.isTypeAliasDeclaration(statement) ||
    Node.isEnumDeclaration(statement)
  ) {
    const name = statement.getName();
    return name ? [name] : [];
  }
  return [];
}

/** True when `name` is already bound at the top level of the file, from any module or declared in it. */
export function isBoundAtTopLevel(sourceFile: SourceFile, name: string): boolean {
  return sourceFile
    .getStatements()
    .some((statement) =>
      Node.isImportDeclaration(statement)
        ? localNamesImportedBy(statement).includes(name)
        : declaredName(statement).includes(name),
    );
}
