/**
 * Formatting on a second core: `create` hands the files no capability edits to a worker thread
 * and goes on with the rest (formatting the files it edits, then the edits) in the meantime.
 * The worker is dist/format-worker.js; where it is not built (the tests run the sources) the
 * files are formatted here, one after another, with the same result.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatFile } from './format.js';
import type { FormatRequest, FormatResponse } from './format-worker.js';

const WORKER = new URL('./format-worker.js', import.meta.url);

async function formatHere(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, content] of files) out.set(path, await formatFile(path, content));
  return out;
}

function formatOnWorker(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const entries = [...files];
  const worker = new Worker(WORKER);
  return new Promise<Map<string, string>>((resolve, reject) => {
    worker.once('message', (response: FormatResponse) => {
      if ('error' in response) reject(new Error(response.error));
      else resolve(new Map(entries.map(([path], i) => [path, response.formatted[i] ?? ''])));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the formatting worker stopped (exit code ${code})`)));
    worker.postMessage({ files: entries } satisfies FormatRequest);
  }).finally(() => void worker.terminate());
}

/** The files, prettier-formatted; started at once, resolved when all are done. */
export function formatInBackground(files: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  if (files.size === 0 || !existsSync(fileURLToPath(WORKER))) return formatHere(files);
  return formatOnWorker(files);
}
