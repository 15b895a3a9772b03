/** A statement spliced in on a line of its own, indented like its neighbour. */
import type { Insertion } from './splices.js';
import { indentationAt, lineStartOf, newlineOf } from './text-layout.js';

export function indented(statement: string, indent: string, newline: string): string {
  return statement.split('\n').join(`${newline}${indent}`);
}

/** After the statement that starts at `start` and ends at `end` (its comments on that line included). */
export function lineAfter(text: string, start: number, end: number, statement: string): Insertion {
  const newline = newlineOf(text);
  const indent = indentationAt(text, start);
  return { pos: end, text: `${newline}${indent}${indented(statement, indent, newline)}` };
}

/**
 * Above the statement that starts at `start`, whose own comment lines begin at `commentsStart`:
 * on a line of its own, or beside it when something else comes first on that line.
 */
export function lineAbove(text: string, commentsStart: number, start: number, statement: string): Insertion {
  const newline = newlineOf(text);
  const lineStart = lineStartOf(text, commentsStart);
  if (text.slice(lineStart, commentsStart).trim() !== '') return { pos: commentsStart, text: `${statement} ` };
  const indent = indentationAt(text, start);
  return { pos: lineStart, text: `${indent}${indented(statement, indent, newline)}${newline}` };
}
