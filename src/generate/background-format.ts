/**
 * Formatting on a second core: `create` hands the files no capability edits to a worker thread
 * and goes on with the rest (formatting the files it edits, then the edits). When it is done it
 * formats the files the worker has not taken yet itself, so neither thread waits for the other
 * while there is work left. The worker is dist/format-worker.js; where it is not built (the tests
 * run the sources) every file is formatted here, with the same result.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatUntaken, type FormatRequest, type FormatResponse } from './format-share.js';

const WORKER = new URL('./format-worker.js', import.meta.url);

export interface BackgroundFormat {
  /** Every file prettier-formatted: what is left is formatted here, then the worker's share joins it. */
  finish(): Promise<Map<string, string>>;
}

function startWorker(request: FormatRequest): Promise<FormatResponse> | undefined {
  if (!existsSync(fileURLToPath(WORKER))) return undefined;
  const worker = new Worker(WORKER);
  const answered = new Promise<FormatResponse>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the formatting worker stopped (exit code ${code})`)));
    worker.postMessage(request);
  });
  // no terminate(): having answered, the worker has nothing left and ends itself (saving its compile cache)
  answered.catch(() => undefined); // awaited by finish(); an error before that is reported there
  return answered;
}

export function formatInBackground(files: ReadonlyMap<string, string>): BackgroundFormat {
  const request: FormatRequest = { files: [...files], next: new SharedArrayBuffer(4) };
  const workerShare = files.size === 0 ? undefined : startWorker(request);
  return {
    async finish() {
      const formatted = new Map(await formatUntaken(request));
      const response = workerShare ? await workerShare : { formatted: [] };
      if ('error' in response) throw new Error(response.error);
      for (const [index, text] of response.formatted) formatted.set(index, text);
      return new Map(request.files.map(([path], index) => [path, formatted.get(index) ?? '']));
    },
  };
}
