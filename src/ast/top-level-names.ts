/**
 * The names a file binds at its top level — imported (under whatever alias) or declared — read
 * from the syntax alone, without the binder or a type checker. It reads TypeScript's own nodes:
 * asking ts-morph would wrap every statement and import of the file, a cost that grows with it.
 */
import { ts, type SourceFile } from 'ts-morph';

function importedNames(declaration: ts.ImportDeclaration): string[] {
  const clause = declaration.importClause;
  if (!clause) return [];
  const names = clause.name ? [clause.name.text] : [];
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((element) => element.name.text));
  return names;
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name ? [statement.name.text] : [];
  }
  return [];
}

/** True when `name` is already bound at the top level of the file, from any module or declared in it. */
export function isBoundAtTopLevel(sourceFile: SourceFile, name: string): boolean {
  return sourceFile.compilerNode.statements.some((statement) =>
    (ts.isImportDeclaration(statement) ? importedNames(statement) : declaredNames(statement)).includes(name),
  );
}
