/**
 * The worker thread behind `formatInBackground` (built as dist/format-worker.cjs). The create bin
 * starts it before it reads the command: it loads prettier and formats a small sample of each kind
 * while the main thread renders, so the first real file finds prettier's code loaded and compiled.
 * Then it formats its share of the files (see format-share.ts) and answers with them or with the
 * first error.
 */
import { parentPort } from 'node:worker_threads';
import { useCompileCache } from '../compile-cache.js';
import { formatFile, formatTypeScriptAt } from './format.js';
import { formatUntaken, type FormatRequest, type FormatResponse } from './format-share.js';

const SAMPLE_TS = `export class Sample { constructor(private readonly items: string[]) {}
  count(filter: (item: string) => boolean = () => true): number { return this.items.filter(filter).length }
}
export const samples = { first: new Sample(['a', \`b\${1}\`]), second: async () => ({ ok: true }) } as const;
`;
const SAMPLE_MD = '# Sample\n\nA line of *text*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```mermaid\nclassDiagram\n```\n';

async function warmUp(): Promise<void> {
  await formatTypeScriptAt('sample.ts', SAMPLE_TS, 100);
  await formatFile('sample.md', SAMPLE_MD);
}

useCompileCache();
// a failure here is not the run's: the real files meet the same error, and report it
const warm = warmUp().catch(() => undefined);
parentPort?.once('message', async (request: FormatRequest) => {
  let response: FormatResponse;
  try {
    await warm;
    response = { formatted: await formatUntaken(request) };
  } catch (error) {
    response = { error: (error as Error).message };
  }
  parentPort?.postMessage(response);
});
