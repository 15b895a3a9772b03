/** Whether the file ends its statements with `;` (prettier's `semi: false` does not). */
import { Node, type SourceFile } from 'ts-morph';

/** Judged by the first top-level statement that ends with `;` when semicolons are used. */
export function usesSemicolons(sourceFile: SourceFile): boolean {
  const sample = sourceFile
    .getStatements()
    .find(
      (node) =>
        Node.isImportDeclaration(node) ||
        Node.isExportDeclaration(node) ||
        Node.isExpressionStatement(node) ||
        Node.isVariableStatement(node),
    );
  return sample === undefined || sample.getText().endsWith(';');
}

/** `statement` ended the way this file ends statements. */
export function fitSemicolon(statement: string, sourceFile: SourceFile): string {
  const trimmed = statement.trimEnd();
  const bare = trimmed.endsWith(';') ? trimmed.slice(0, -1) : trimmed;
  return usesSemicolons(sourceFile) ? `${bare};` : bare;
}
