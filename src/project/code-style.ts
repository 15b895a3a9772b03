/**
 * The style the existing code is written in — quotes, semicolons, indentation — read from a
 * sample of source files, for repositories without a prettier config: new files are formatted
 * with these options so they look like their neighbours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import type { Evidence, PrettierOptions } from './profile.js';

const SAMPLE_SIZE = 12;

interface Tally {
  single: number;
  double: number;
  withSemicolon: number;
  withoutSemicolon: number;
  indents: number[];
  tabs: number;
}

export function inferCodeStyle(
  dir: string,
  sourceFiles: readonly string[],
): { options?: PrettierOptions; evidence: Evidence[] } {
  const sample = sourceFiles.slice(0, SAMPLE_SIZE);
  const tally: Tally = { single: 0, double: 0, withSemicolon: 0, withoutSemicolon: 0, indents: [], tabs: 0 };
  for (const file of sample) count(readFileSync(path.join(dir, file), 'utf8'), tally);
  const options: PrettierOptions = {
    ...(tally.single + tally.double > 0 ? { singleQuote: tally.single > tally.double } : {}),
    ...(tally.withSemicolon + tally.withoutSemicolon > 0
      ? { semi: tally.withSemicolon >= tally.withoutSemicolon }
      : {}),
    ...indentation(tally),
  };
  if (Object.keys(options).length === 0) return { evidence: [] };
  return {
    options,
    evidence: [{ file: sample[0] ?? '.', note: `code style read from ${sample.length} source files` }],
  };
}

function count(text: string, tally: Tally): void {
  const sourceFile = ts.createSourceFile('sample.ts', text, ts.ScriptTarget.Latest, false);
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) {
      if (node.getText(sourceFile).startsWith("'")) tally.single += 1;
      else tally.double += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  for (const statement of sourceFile.statements) {
    if (!endsLikeAStatement(statement)) continue;
    if (statement.getText(sourceFile).endsWith(';')) tally.withSemicolon += 1;
    else tally.withoutSemicolon += 1;
  }
  for (const line of text.split('\n')) {
    const indent = /^[ \t]+/.exec(line)?.[0];
    if (!indent || line.trimStart().startsWith('*')) continue;
    if (indent.startsWith('\t')) tally.tabs += 1;
    else tally.indents.push(indent.length);
  }
}

/** Statements prettier ends with `;` unless `semi: false`. */
function endsLikeAStatement(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isExportDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    ts.isExpressionStatement(statement) ||
    ts.isTypeAliasDeclaration(statement)
  );
}

/** Tabs when most indented lines use them; else the smallest indent, which is one level. */
function indentation(tally: Tally): Pick<PrettierOptions, 'useTabs' | 'tabWidth'> {
  if (tally.tabs > tally.indents.length) return { useTabs: true };
  const level = Math.min(...tally.indents);
  return Number.isFinite(level) && level > 0 ? { tabWidth: level } : {};
}
