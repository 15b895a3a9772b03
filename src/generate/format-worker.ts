/**
 * The worker thread behind `formatInBackground` (built as dist/format-worker.js): it formats its
 * share of the files (see format-share.ts) and answers with them or with the first error.
 */
import { parentPort } from 'node:worker_threads';
import { useCompileCache } from '../compile-cache.js';
import { formatUntaken, type FormatRequest, type FormatResponse } from './format-share.js';

useCompileCache();
parentPort?.once('message', async (request: FormatRequest) => {
  let response: FormatResponse;
  try {
    response = { formatted: await formatUntaken(request) };
  } catch (error) {
    response = { error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
