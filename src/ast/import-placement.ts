/**
 * Which existing import a new one goes after: the last of those whose module path shares the
 * most leading segments with it (`./application/invoice/handlers.js` goes after
 * `./application/prompt/handlers.js`, not after `./infrastructure/…`), so a file generated with
 * one more aggregate and a file edited to register it read the same.
 */
import { ts } from 'ts-morph';
import { indexToFollow } from './specifier-text.js';

/** The module a declaration names (`'./a.js'` → `./a.js`). */
export function moduleOf(declaration: ts.ImportDeclaration | ts.ExportDeclaration): string | undefined {
  const specifier = declaration.moduleSpecifier;
  return specifier && ts.isStringLiteral(specifier) ? specifier.text : undefined;
}

/** The file's import declarations, as TypeScript's nodes (reading them wraps nothing). */
export function importDeclarationsOf(sourceFile: ts.SourceFile): ts.ImportDeclaration[] {
  return sourceFile.statements.filter(ts.isImportDeclaration);
}

export function importToFollow(imports: readonly ts.ImportDeclaration[], from: string): ts.ImportDeclaration | undefined {
  const index = indexToFollow(imports.map((declaration) => moduleOf(declaration) ?? ''), from);
  return index === undefined ? undefined : imports[index];
}
