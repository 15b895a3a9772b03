/**
 * The worker thread behind `formatInBackground` (built as dist/format-worker.js): formats the
 * files it is sent, in order, with the generated project's prettier options, and answers with
 * their text or with the first error.
 */
import { parentPort } from 'node:worker_threads';
import { useCompileCache } from '../compile-cache.js';
import { formatFile } from './format.js';

export interface FormatRequest {
  files: [path: string, content: string][];
}

export type FormatResponse = { formatted: string[] } | { error: string };

useCompileCache();
parentPort?.once('message', async ({ files }: FormatRequest) => {
  let response: FormatResponse;
  try {
    const formatted: string[] = [];
    for (const [path, content] of files) formatted.push(await formatFile(path, content));
    response = { formatted };
  } catch (error) {
    response = { error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
