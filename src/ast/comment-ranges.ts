/** The comments around a node, by TypeScript's scanner: new text goes outside them. */
import { ts } from 'ts-morph';

/**
 * The position after `pos` and any comments that follow it on the same line
 * (`app.register(x); // why`): new lines go after the comment, never between code and its comment.
 */
export function endOfTrailingComments(text: string, pos: number): number {
  const comments = ts.getTrailingCommentRanges(text, pos) ?? [];
  return comments.reduce((end, comment) => Math.max(end, comment.end), pos);
}

/**
 * Where the comments that sit on their own lines above the node starting at `start` begin
 * (`pos` is the node's full start, before its leading trivia).
 */
export function startOfLeadingComments(text: string, pos: number, start: number): number {
  const comments = ts.getLeadingCommentRanges(text, pos) ?? [];
  return comments[0]?.pos ?? start;
}
