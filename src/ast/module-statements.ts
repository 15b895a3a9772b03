/** Where a new import or export declaration goes: after the last one of its kind. */
import { ts, type SourceFile, type Statement } from 'ts-morph';
import { insertAll } from './insertions.js';
import { lineStartOf, newlineOf } from './text-layout.js';
import { endOfTrailingComments } from './comment-ranges.js';

/**
 * Where the first statement's own comments begin: after the last comment that a blank line
 * separates from what follows (a file header stays above new declarations, a doc comment stays
 * on its statement).
 */
function startOfFirstStatement(text: string, first: Statement): number {
  const comments = ts.getLeadingCommentRanges(text, first.getPos()) ?? [];
  let start = comments[0]?.pos ?? first.getStart();
  comments.forEach((comment, index) => {
    const next = comments[index + 1]?.pos ?? first.getStart();
    const blankLineBetween = text.slice(comment.end, next).split('\n').length > 2;
    if (blankLineBetween) start = lineStartOf(text, next);
  });
  return start;
}

/**
 * Puts `declaration` on its own line after the last of `siblings`, or, when there are none,
 * before the file's first statement (after a leading header comment), or at the end of the file.
 */
export function insertDeclarationAfter(
  sourceFile: SourceFile,
  siblings: readonly { getEnd(): number }[],
  declaration: string,
): void {
  const text = sourceFile.getFullText();
  const newline = newlineOf(text);
  const last = siblings.at(-1);
  if (last) {
    insertAll(sourceFile, [{ pos: endOfTrailingComments(text, last.getEnd()), text: `${newline}${declaration}` }]);
    return;
  }
  const first = sourceFile.getStatements()[0];
  if (first) {
    const pos = startOfFirstStatement(text, first);
    insertAll(sourceFile, [
      { pos, text: `${declaration}${newline}` },
      { pos, text: newline, separator: true },
    ]);
    return;
  }
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  insertAll(sourceFile, [{ pos: text.length, text: `${separator}${declaration}${newline}` }]);
}
