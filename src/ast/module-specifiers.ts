/**
 * How this file writes module specifiers (quotes, `.js` on relative paths), so that an added
 * import or export looks like the ones already there.
 */
import { Node, type SourceFile, type StringLiteral } from 'ts-morph';
import { extensionOf, isRelative, type SpecifierStyle } from './specifier-text.js';

export { isRelative, quotedSpecifier, sameModule, type Quote, type SpecifierStyle } from './specifier-text.js';

function moduleSpecifierLiterals(sourceFile: SourceFile): StringLiteral[] {
  return sourceFile.getStatements().flatMap((statement) => {
    if (!Node.isImportDeclaration(statement) && !Node.isExportDeclaration(statement)) return [];
    const literal = statement.getModuleSpecifier();
    return literal && Node.isStringLiteral(literal) ? [literal] : [];
  });
}

export function specifierStyleOf(sourceFile: SourceFile): SpecifierStyle {
  const literals = moduleSpecifierLiterals(sourceFile);
  const firstQuote = literals[0]?.getText().charAt(0);
  const relative = literals.map((literal) => literal.getLiteralText()).filter(isRelative);
  return {
    quote: firstQuote === '"' ? '"' : "'",
    relativeExtension: relative.length === 0 ? undefined : extensionOf(relative[0] as string),
  };
}
