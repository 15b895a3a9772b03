/**
 * How this file writes module specifiers (quotes, `.js` on relative paths), so that an added
 * import or export looks like the ones already there.
 */
import { Node, type SourceFile, type StringLiteral } from 'ts-morph';

export type Quote = "'" | '"';

export interface SpecifierStyle {
  quote: Quote;
  /** `.js`, `.ts` or `''` (extensionless); undefined when the file has no relative import to copy. */
  relativeExtension: string | undefined;
}

const KNOWN_EXTENSIONS = ['.js', '.ts', '.mjs', '.mts', '.cjs', '.cts'];

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../');
}

function extensionOf(specifier: string): string {
  return KNOWN_EXTENSIONS.find((extension) => specifier.endsWith(extension)) ?? '';
}

function withoutExtension(specifier: string): string {
  return specifier.slice(0, specifier.length - extensionOf(specifier).length);
}

/** `./schema/invoice.js` and `./schema/invoice` name the same module. */
export function sameModule(a: string, b: string): boolean {
  if (isRelative(a) && isRelative(b)) return withoutExtension(a) === withoutExtension(b);
  return a === b;
}

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

/** `specifier` as this file would write it, quotes included. */
export function quotedSpecifier(specifier: string, style: SpecifierStyle): string {
  const fitted =
    isRelative(specifier) && style.relativeExtension !== undefined
      ? withoutExtension(specifier) + style.relativeExtension
      : specifier;
  return `${style.quote}${fitted}${style.quote}`;
}
