/**
 * Splicing new text into a file at positions computed beforehand. Inside `collectSplices` (what
 * `applyEdits` runs each edit in) nothing is applied: the splices are collected against the text
 * the edit started from and made in one pass afterwards — one parse per edit instead of one
 * ts-morph re-parse per insertion, which made the cost grow with the size of the file.
 */
import { NewLineKind, type SourceFile } from 'ts-morph';
import { newlineOf } from './text-layout.js';

export interface Insertion {
  pos: number;
  text: string;
  /**
   * Text that closes a block begun at `pos` (the blank line after new imports at the top of a
   * file): it goes after everything else inserted at `pos`, and only once however many insertions
   * there bring it, so two imports spliced into a file without imports stay one block.
   */
  separator?: boolean;
}

/** Text to put in place of [pos, end) — an insertion when `end` is `pos`. */
interface Splice extends Insertion {
  end: number;
}

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
 * The splices in the order they are made, latest position first so earlier positions stay valid.
 * At one position they come out in the order they were made, separators last and only once.
 */
function latestFirst<T extends Splice>(splices: readonly T[]): T[] {
  const ordered = splices
    .map((splice, order) => ({ splice, order: splice.separator ? splices.length + order : order }))
    .filter(({ splice }, index) => !splice.separator || splices.findIndex((other) => sameSeparator(other, splice)) === index);
  // inserting at one position pushes what was inserted there before to the right: latest order first
  return ordered.sort((a, b) => b.splice.pos - a.splice.pos || b.order - a.order).map(({ splice }) => splice);
}

function sameSeparator(a: Splice, b: Splice): boolean {
  return a.separator === true && b.separator === true && a.pos === b.pos && a.end === b.end && a.text === b.text;
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

/** `text` with every splice made; splices at one position keep the order they were made in. */
function spliced(text: string, splices: readonly Splice[]): string {
  const newline = newlineOf(text);
  let result = text;
  for (const { pos, end, text: inserted } of latestFirst(splices)) {
    result = result.slice(0, pos) + inserted.replace(/\r?\n/gu, newline) + result.slice(end);
  }
  return result;
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
