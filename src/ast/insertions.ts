/**
 * Splicing new text into a file at positions computed beforehand. Inside `collectSplices` (what
 * `applyEdits` runs each edit in) nothing is applied: the splices are collected against the text
 * the edit started from and made in one pass afterwards — one parse per edit instead of one
 * ts-morph re-parse per insertion, which made the cost grow with the size of the file.
 */
import { NewLineKind, type SourceFile } from 'ts-morph';
import { latestFirst, spliced, type Insertion, type Splice } from './splices.js';
import { newlineOf } from './text-layout.js';

export type { Insertion } from './splices.js';

const collecting = new WeakMap<SourceFile, Splice[]>();

/**
 * ts-morph writes inserted text through its code writer, which turns every newline into the
 * project's newline setting; set it to the file's own for the duration of the insertions.
 */
function withNewlineOf<T>(sourceFile: SourceFile, run: () => T): T {
  const settings = sourceFile.getProject().manipulationSettings;
  const previous = settings.getNewLineKind();
  const own =
    newlineOf(sourceFile.getFullText()) === '\r\n' ? NewLineKind.CarriageReturnLineFeed : NewLineKind.LineFeed;
  settings.set({ newLineKind: own });
  try {
    return run();
  } finally {
    settings.set({ newLineKind: previous });
  }
}

/**
 * Inserts every `text` at its `pos` (positions in the text as it is now). Nodes taken from
 * `sourceFile` before this call are stale.
 */
export function insertAll(sourceFile: SourceFile, insertions: readonly Insertion[]): void {
  const splices = insertions.map((insertion) => ({ ...insertion, end: insertion.pos }));
  const collected = collecting.get(sourceFile);
  if (collected) {
    collected.push(...splices);
    return;
  }
  withNewlineOf(sourceFile, () => {
    for (const { pos, text } of latestFirst(splices)) sourceFile.insertText(pos, text);
  });
}

/** Replaces the text from `pos` to `end` (positions in the text as it is now). */
export function replaceRange(sourceFile: SourceFile, pos: number, end: number, text: string): void {
  const collected = collecting.get(sourceFile);
  if (collected) collected.push({ pos, end, text });
  else withNewlineOf(sourceFile, () => sourceFile.replaceText([pos, end], text));
}

/**
 * Runs `edit` with the splices it makes on `sourceFile` collected, and returns the text they
 * give (every position refers to the text `edit` started from). `sourceFile` is left as it was.
 */
export function collectSplices(sourceFile: SourceFile, edit: () => void): string {
  const splices: Splice[] = [];
  collecting.set(sourceFile, splices);
  try {
    edit();
  } finally {
    collecting.delete(sourceFile);
  }
  return splices.length === 0 ? sourceFile.getFullText() : spliced(sourceFile.getFullText(), splices);
}
