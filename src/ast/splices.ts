/**
 * Text spliced in at positions computed beforehand, all against the text as it was: the edits
 * (insertions.ts for the ts-morph route, src/create/text-wiring for `create`) collect them and
 * make them in one pass.
 */
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
export interface Splice extends Insertion {
  end: number;
}

/**
 * The splices in the order they are made, latest position first so earlier positions stay valid.
 * At one position they come out in the order they were made, separators last and only once.
 */
export function latestFirst<T extends Splice>(splices: readonly T[]): T[] {
  const ordered = splices
    .map((splice, order) => ({ splice, order: splice.separator ? splices.length + order : order }))
    .filter(({ splice }, index) => !splice.separator || splices.findIndex((other) => sameSeparator(other, splice)) === index);
  // inserting at one position pushes what was inserted there before to the right: latest order first
  return ordered.sort((a, b) => b.splice.pos - a.splice.pos || b.order - a.order).map(({ splice }) => splice);
}

function sameSeparator(a: Splice, b: Splice): boolean {
  return a.separator === true && b.separator === true && a.pos === b.pos && a.end === b.end && a.text === b.text;
}

/** `text` with every splice made; splices at one position keep the order they were made in. */
export function spliced(text: string, splices: readonly Splice[]): string {
  const newline = newlineOf(text);
  let result = text;
  for (const { pos, end, text: inserted } of latestFirst(splices)) {
    result = result.slice(0, pos) + inserted.replace(/\r?\n/gu, newline) + result.slice(end);
  }
  return result;
}
