/**
 * Files two threads format between them (`formatInBackground`): each takes the next file no
 * thread has taken by bumping a shared counter, so neither waits while there is work left.
 */
import { formatGenerated } from './marked-lines.js';

export interface FormatRequest {
  files: [path: string, content: string][];
  /** one Int32: the index of the next file no thread has taken */
  next: SharedArrayBuffer;
}

/** What the worker answers: the files it formatted, by index, or the first error. */
export type FormatResponse = { formatted: [index: number, text: string][] } | { error: string };

/** Formats the files not taken yet, one at a time, until none is left; with each one's index. */
export async function formatUntaken({ files, next }: FormatRequest): Promise<[number, string][]> {
  const counter = new Int32Array(next);
  const formatted: [number, string][] = [];
  for (let index = Atomics.add(counter, 0, 1); index < files.length; index = Atomics.add(counter, 0, 1)) {
    const [path, content] = files[index] as [string, string];
    formatted.push([index, await formatGenerated(path, content)]);
  }
  return formatted;
}
