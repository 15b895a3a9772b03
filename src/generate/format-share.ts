/**
 * Files two threads format between them (`formatInBackground`): each takes the next file no
 * thread has taken from a shared counter, so neither waits while there is work left. The list may
 * grow (the worker gets the files in parts as they are rendered): a thread takes an index only
 * while it is in the list it has.
 */
import { formatGenerated } from './marked-lines.js';

export interface FormatRequest {
  files: [path: string, content: string][];
  /** one Int32: the index of the next file no thread has taken */
  next: SharedArrayBuffer;
}

/** A part of the files sent to the worker: appended to those it has; after the `last` it answers. */
export interface FormatPart extends FormatRequest {
  last: boolean;
}

/** What the worker answers: the files it formatted, by index, or the first error. */
export type FormatResponse = { formatted: [index: number, text: string][] } | { error: string };

/** Formats the files not taken yet, one at a time, until none is left; with each one's index. */
export async function formatUntaken({ files, next }: FormatRequest): Promise<[number, string][]> {
  const counter = new Int32Array(next);
  const formatted: [number, string][] = [];
  for (let index = take(counter, files.length); index !== undefined; index = take(counter, files.length)) {
    const [path, content] = files[index] as [string, string];
    formatted.push([index, await formatGenerated(path, content)]);
  }
  return formatted;
}

/** The next index below `length` no thread has taken, or undefined (the counter is left as it is). */
function take(counter: Int32Array, length: number): number | undefined {
  for (;;) {
    const index = Atomics.load(counter, 0);
    if (index >= length) return undefined;
    if (Atomics.compareExchange(counter, 0, index, index + 1) === index) return index;
  }
}
