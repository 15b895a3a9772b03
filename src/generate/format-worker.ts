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
import { formatUntaken, type FormatPart, type FormatResponse } from './format-share.js';

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
// the parts arrive as they are rendered: each is formatted in turn, and the answer follows the last
const files: FormatPart['files'] = [];
const formatted: [number, string][] = [];
let done: Promise<void> = warm;
let failed: string | undefined;
parentPort?.on('message', (part: FormatPart) => {
  files.push(...part.files);
  done = done.then(async () => {
    try {
      if (failed === undefined) formatted.push(...(await formatUntaken({ files, next: part.next })));
    } catch (error) {
      failed = (error as Error).message;
    }
    if (!part.last) return;
    const response: FormatResponse = failed === undefined ? { formatted } : { error: failed };
    parentPort?.postMessage(response);
    parentPort?.close();
  });
});
