/**
 * A named import declaration as prettier writes it, from its parts: shared by the import edits
 * (ensure-named-import.ts) and the templates' `importFrom` (src/generate/layout-helpers.ts).
 */

export interface ImportLayout {
  /** longer than this goes one name per line; without it, always one line */
  printWidth?: number | undefined;
  /** one level of indentation (default two spaces) */
  indent?: string;
  newline?: string;
}

/**
 * `import { a, b } from 'x';` on one line when it is within the width or names one binding
 * (prettier never breaks a single specifier), else one name a line with a trailing comma.
 * `fromClause` is everything after the braces: `from 'x';`.
 */
export function namedImportText(keyword: string, names: readonly string[], fromClause: string, layout: ImportLayout = {}): string {
  const oneLine = `${keyword} { ${names.join(', ')} } ${fromClause}`;
  if (names.length < 2 || layout.printWidth === undefined || oneLine.length <= layout.printWidth) return oneLine;
  const indent = layout.indent ?? '  ';
  return [`${keyword} {`, ...names.map((name) => `${indent}${name},`), `} ${fromClause}`].join(layout.newline ?? '\n');
}
