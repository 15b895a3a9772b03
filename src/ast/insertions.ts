/** Splicing new text into a file at positions computed beforehand. */
import { NewLineKind, type SourceFile } from 'ts-morph';
import { newlineOf } from './text-layout.js';

export interface Insertion {
  pos: number;
  text: string;
}

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
 * Inserts every `text` at its `pos` (positions in the text as it is now). Later positions go
 * first, so earlier positions stay valid. Nodes taken from `sourceFile` before this call are stale.
 */
export function insertAll(sourceFile: SourceFile, insertions: readonly Insertion[]): void {
  const latestFirst = [...insertions].sort((a, b) => b.pos - a.pos);
  withNewlineOf(sourceFile, () => {
    for (const { pos, text } of latestFirst) sourceFile.insertText(pos, text);
  });
}
