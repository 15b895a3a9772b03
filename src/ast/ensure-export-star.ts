/**
 * `export * from './module.js'` — added after the file's last export-from (or last import) when
 * no `export *` of that module is there yet. The schema index lists its tables this way.
 */
import { Node, type SourceFile, type Statement } from 'ts-morph';
import { insertDeclarationAfter } from './module-statements.js';
import { quotedSpecifier, sameModule, specifierStyleOf } from './module-specifiers.js';
import { fitSemicolon } from './semicolons.js';

function reExports(sourceFile: SourceFile): Statement[] {
  return sourceFile.getExportDeclarations().filter((declaration) => declaration.hasModuleSpecifier());
}

function exportsEverythingFrom(statement: Statement, moduleSpecifier: string): boolean {
  return (
    Node.isExportDeclaration(statement) &&
    !statement.hasNamedExports() &&
    statement.getNamespaceExport() === undefined &&
    sameModule(statement.getModuleSpecifierValue() ?? '', moduleSpecifier)
  );
}

/** True when it inserted, false when the export was already there. */
export function ensureExportStar(sourceFile: SourceFile, moduleSpecifier: string): boolean {
  const existing = reExports(sourceFile);
  if (existing.some((statement) => exportsEverythingFrom(statement, moduleSpecifier))) return false;
  const specifier = quotedSpecifier(moduleSpecifier, specifierStyleOf(sourceFile));
  const declaration = fitSemicolon(`export * from ${specifier};`, sourceFile);
  const after = existing.length > 0 ? existing : sourceFile.getImportDeclarations();
  insertDeclarationAfter(sourceFile, after, declaration);
  return true;
}
