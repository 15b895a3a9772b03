/**
 * Which existing import a new one goes after: the last of those whose module path shares the
 * most leading segments with it (`./application/invoice/handlers.js` goes after
 * `./application/prompt/handlers.js`, not after `./infrastructure/…`), so a file generated with
 * one more aggregate and a file edited to register it read the same.
 */
import { ts } from 'ts-morph';
import { isRelative } from './module-specifiers.js';

function sharedLeadingSegments(a: string, b: string): number {
  if (isRelative(a) !== isRelative(b)) return -1;
  const aSegments = a.split('/');
  const bSegments = b.split('/');
  let shared = 0;
  while (shared < aSegments.length - 1 && aSegments[shared] === bSegments[shared]) shared += 1;
  return shared;
}

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
  let best: { declaration: ts.ImportDeclaration; score: number } | undefined;
  for (const declaration of imports) {
    const score = sharedLeadingSegments(moduleOf(declaration) ?? '', from);
    if (!best || score >= best.score) best = { declaration, score };
  }
  return best?.declaration;
}
