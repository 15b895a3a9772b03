/**
 * `import { Name } from 'module'` — merged into the file's existing import from that module when
 * there is one, otherwise a new declaration next to the import of the most similar module path,
 * in the file's quote style and relative-extension convention. A name the file already binds
 * (imported from elsewhere, or declared in it) is the user's choice and is not imported again:
 * that would not compile.
 */
import { Node, SyntaxKind, type ImportDeclaration, type SourceFile } from 'ts-morph';
import { appendToCommaList } from './comma-list.js';
import { insertAll } from './insertions.js';
import { insertDeclarationAfter } from './module-statements.js';
import { quotedSpecifier, sameModule, specifierStyleOf } from './module-specifiers.js';
import { fitSemicolon } from './semicolons.js';
import { importDeclarationsOf, importToFollow, moduleOf } from './import-placement.js';
import { wrapNode } from './wrap-node.js';
import { indentUnitOf, newlineOf } from './text-layout.js';
import { namedImportText } from './named-import-text.js';
import { isBoundAtTopLevel } from './top-level-names.js';

export interface NamedImportRequest {
  /** module specifier as the generator writes it (`./schema/invoice.js`) */
  from: string;
  names: readonly string[];
  typeOnly?: boolean;
  /**
   * A new declaration naming several imports that is longer than this goes one name per line,
   * as prettier writes it (`printWidth`); without it, always one line.
   */
  printWidth?: number;
}

/** The imports of `from`, the only declarations wrapped in ts-morph nodes (a file may have a hundred). */
function importsFrom(sourceFile: SourceFile, from: string): ImportDeclaration[] {
  return importDeclarationsOf(sourceFile.compilerNode)
    .filter((declaration) => sameModule(moduleOf(declaration) ?? '', from))
    .map((declaration) => wrapNode(sourceFile, declaration).asKindOrThrow(SyntaxKind.ImportDeclaration));
}

function canTakeNamedImport(declaration: ImportDeclaration, typeOnly: boolean): boolean {
  return (
    declaration.isTypeOnly() === typeOnly &&
    declaration.getImportClause() !== undefined &&
    declaration.getNamespaceImport() === undefined
  );
}

function mergeInto(declaration: ImportDeclaration, name: string): void {
  const namedBindings = declaration.getImportClause()?.getNamedBindings();
  if (namedBindings && Node.isNamedImports(namedBindings)) {
    appendToCommaList(namedBindings, name);
    return;
  }
  const defaultImport = declaration.getDefaultImportOrThrow();
  insertAll(declaration.getSourceFile(), [{ pos: defaultImport.getEnd(), text: `, { ${name} }` }]);
}

function newDeclaration(sourceFile: SourceFile, request: NamedImportRequest, names: readonly string[]): string {
  const keyword = request.typeOnly ? 'import type' : 'import';
  const from = fitSemicolon(`from ${quotedSpecifier(request.from, specifierStyleOf(sourceFile))};`, sourceFile);
  const text = sourceFile.getFullText();
  return namedImportText(keyword, names, from, { printWidth: request.printWidth, indent: indentUnitOf(text), newline: newlineOf(text) });
}

/** True when it imported at least one name, false when every name was already bound. */
export function ensureNamedImport(sourceFile: SourceFile, request: NamedImportRequest): boolean {
  const missing = request.names.filter((name) => !isBoundAtTopLevel(sourceFile, name));
  if (missing.length === 0) return false;
  const typeOnly = request.typeOnly ?? false;
  const mergeTarget = (): ImportDeclaration | undefined =>
    importsFrom(sourceFile, request.from).find((declaration) => canTakeNamedImport(declaration, typeOnly));
  if (mergeTarget()) {
    for (const name of missing) {
      const target = mergeTarget();
      if (target) mergeInto(target, name);
    }
    return true;
  }
  const follow = importToFollow(importDeclarationsOf(sourceFile.compilerNode), request.from);
  insertDeclarationAfter(sourceFile, follow ? [follow] : [], newDeclaration(sourceFile, request, missing));
  return true;
}
