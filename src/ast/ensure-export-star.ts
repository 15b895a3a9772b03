/**
 * `export * from './module.js'` — added after the file's last export-from (or last import) when
 * no `export *` of that module is there yet. The schema index lists its tables this way.
 */
import { ts, type SourceFile } from 'ts-morph';
import { importDeclarationsOf, moduleOf } from './import-placement.js';
import { insertDeclarationAfter } from './module-statements.js';
import { quotedSpecifier, sameModule, specifierStyleOf } from './module-specifiers.js';
import { fitSemicolon } from './semicolons.js';

/** The file's `export … from` declarations, as TypeScript's nodes (a schema index has one per table). */
function reExports(sourceFile: SourceFile): ts.ExportDeclaration[] {
  return sourceFile.compilerNode.statements.filter(
    (statement): statement is ts.ExportDeclaration => ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined,
  );
}

/** `export * from '…'` of that module: no names, no `* as ns`. */
function exportsEverythingFrom(declaration: ts.ExportDeclaration, moduleSpecifier: string): boolean {
  return declaration.exportClause === undefined && sameModule(moduleOf(declaration) ?? '', moduleSpecifier);
}

/** True when it inserted, false when the export was already there. */
export function ensureExportStar(sourceFile: SourceFile, moduleSpecifier: string): boolean {
  const existing = reExports(sourceFile);
  if (existing.some((declaration) => exportsEverythingFrom(declaration, moduleSpecifier))) return false;
  const specifier = quotedSpecifier(moduleSpecifier, specifierStyleOf(sourceFile));
  const declaration = fitSemicolon(`export * from ${specifier};`, sourceFile);
  const after = existing.length > 0 ? existing : importDeclarationsOf(sourceFile.compilerNode);
  insertDeclarationAfter(sourceFile, after, declaration);
  return true;
}
