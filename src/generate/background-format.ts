/**
 * Formatting on a second core. The create bin starts the worker first thing
 * (`startFormatWorkerEarly`), and it loads and warms prettier while this thread reads the inputs,
 * renders and wires. Then `create` hands it every file that still needs prettier. This thread
 * formats alongside it only for a long list (`HELP_ABOVE`); the two share the files through a
 * counter, so neither waits while there is work left. The worker is dist/format-worker.cjs; where
 * it is not built (the tests run the sources) every file is formatted here, with the same result.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatUntaken, type FormatPart, type FormatResponse } from './format-share.js';

const WORKER = new URL('./format-worker.cjs', import.meta.url);

/**
 * This thread formats too only when the worker has more files than this. Loading prettier here
 * costs ≈ 50–100 ms on a 2-core machine, and its first files format slower than on the warm worker,
 * which takes ≈ 1–7 ms a TypeScript file. Measured with the default domain's ≈ 16 files, joining in made no
 * difference (docs/decisions/speed-generation.md, session 9).
 */
const HELP_ABOVE = 40;

export interface BackgroundFormat {
  /** More files to format, sent to the worker at once (it starts on them while the caller goes on). */
  add(files: ReadonlyMap<string, string>): void;
  /** Every file prettier-formatted: the worker's share, and what this thread formats when it joins in. */
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

/** The worker's answer, once it has the last part. */
function answerOf(worker: Worker): Promise<FormatResponse> {
  worker.ref();
  const answered = new Promise<FormatResponse>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the formatting worker stopped (exit code ${code})`)));
  });
  // no terminate(): having answered, the worker closes its port and ends itself (saving its compile cache)
  answered.catch(() => undefined); // awaited by finish(); an error before that is reported there
  return answered;
}

/**
 * Files formatted between this thread and `worker` (one started now when none is given): the
 * worker gets `files` now and each `add` as it comes, in the order given.
 */
export function formatInBackground(files: ReadonlyMap<string, string> = new Map(), worker = startFormatWorker()): BackgroundFormat {
  const all: FormatPart['files'] = [];
  const next = new SharedArrayBuffer(4);
  let answered: Promise<FormatResponse> | undefined;
  const send = (part: FormatPart['files'], last: boolean): void => {
    if (!worker) return;
    answered ??= answerOf(worker);
    worker.postMessage({ files: part, next, last } satisfies FormatPart);
  };
  const add = (more: ReadonlyMap<string, string>): void => {
    const part = [...more];
    all.push(...part);
    if (part.length > 0) send(part, false);
  };
  add(files);
  return {
    add,
    async finish() {
      send([], true);
      const helping = !worker || all.length > HELP_ABOVE;
      const formatted = new Map(helping ? await formatUntaken({ files: all, next }) : []);
      const response = answered ? await answered : { formatted: [] };
      if ('error' in response) throw new Error(response.error);
      for (const [index, text] of response.formatted) formatted.set(index, text);
      return new Map(all.map(([path], index) => [path, formatted.get(index) ?? '']));
    },
  };
}
