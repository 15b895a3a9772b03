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

/**
 * This thread formats too only when the worker has more files than this: loading prettier here
 * costs ≈ 0.15–0.25 s on a 2-core machine, while the worker, warm by then, formats a file in
 * ≈ 5–10 ms (docs/decisions/speed-generation.md, session 9).
 */
const HELP_ABOVE = 40;

export interface BackgroundFormat {
  /** Every file prettier-formatted: what is left is formatted here, then the worker's share joins it. */
  finish(): Promise<Map<string, string>>;
}

let early: Worker | undefined;

function newWorker(): Worker | undefined {
  if (!existsSync(fileURLToPath(WORKER))) return undefined;
  const worker = new Worker(WORKER);
  worker.unref();
  return worker;
}

/**
 * Starts the worker at once, before the command is even read (bin/create-agent-backend.js), so
 * that it loads prettier while the main thread loads the rest and renders; `startFormatWorker`
 * hands it out. Until a request reaches it, it does not keep the process alive: a run that stops
 * early (bad input, `--help`) exits at once.
 */
export function startFormatWorkerEarly(): void {
  early ??= newWorker();
}

/** The worker started early, or a new one; undefined where the worker is not built (the tests run the sources). */
export function startFormatWorker(): Worker | undefined {
  const worker = early ?? newWorker();
  early = undefined;
  return worker;
}

function shareWith(worker: Worker, request: FormatRequest): Promise<FormatResponse> {
  worker.ref();
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

/** `files` formatted between this thread and `worker` (one started now when none is given). */
export function formatInBackground(files: ReadonlyMap<string, string>, worker = files.size === 0 ? undefined : startFormatWorker()): BackgroundFormat {
  const request: FormatRequest = { files: [...files], next: new SharedArrayBuffer(4) };
  const workerShare = worker && shareWith(worker, request);
  return {
    async finish() {
      const helping = workerShare === undefined || request.files.length > HELP_ABOVE;
      const formatted = new Map(helping ? await formatUntaken(request) : []);
      const response = workerShare ? await workerShare : { formatted: [] };
      if ('error' in response) throw new Error(response.error);
      for (const [index, text] of response.formatted) formatted.set(index, text);
      return new Map(request.files.map(([path], index) => [path, formatted.get(index) ?? '']));
    },
  };
}
