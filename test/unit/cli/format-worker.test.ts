/**
 * The formatting worker of the built bundle (dist/format-worker.cjs, which `create` hands the files
 * no capability edits to): it formats as the in-process formatter does and reports what it cannot
 * format. The tests run the sources, where there is no worker, so this runs the built one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { formatFile } from '../../../src/generate/format.js';
import type { FormatResponse } from '../../../src/generate/format-share.js';

const dist = fileURLToPath(new URL('../../../dist', import.meta.url));
const worker = join(dist, 'format-worker.cjs');

function formatOnWorker(files: [string, string][]): Promise<FormatResponse> {
  const thread = new Worker(worker);
  return new Promise<FormatResponse>((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
    thread.postMessage({ files, next: new SharedArrayBuffer(4), last: true });
  }).finally(() => void thread.terminate());
}

describe('the built formatting worker', () => {
  it('is built beside the chunk that starts it', () => {
    const starters = readdirSync(dist).filter((file) => file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes('"./format-worker.cjs"'));
    expect(starters.length).toBeGreaterThan(0);
    expect(existsSync(worker)).toBe(true);
  });

  it('formats each file as the in-process formatter does, in the order sent', async () => {
    const files: [string, string][] = [
      ['src/a.ts', 'export const  a = {b:1,\n c: "two"}\n'],
      ['docs/a.md', '# Title\n*  item\n'],
      ['package.json', '{"name":"a","private":true}'],
    ];
    const response = await formatOnWorker(files);
    const expected = await Promise.all(files.map(([path, content]) => formatFile(path, content)));
    expect(response).toEqual({ formatted: expected.map((text, index) => [index, text]) });
    expect(expected[0]).toBe("export const a = { b: 1, c: 'two' };\n");
  });

  it('formats only the files the other thread has not taken', async () => {
    const next = new SharedArrayBuffer(4);
    new Int32Array(next)[0] = 1;
    const thread = new Worker(worker);
    const response = await new Promise<FormatResponse>((resolve) => {
      thread.once('message', resolve);
      thread.postMessage({ files: [['a.ts', 'const a=1\n'], ['b.ts', 'const b=2\n']], next, last: true });
    }).finally(() => void thread.terminate());
    expect(response).toEqual({ formatted: [[1, 'const b = 2;\n']] });
  });

  it('takes the files in parts and answers after the last, with indices across all parts', async () => {
    const next = new SharedArrayBuffer(4);
    const thread = new Worker(worker);
    const response = await new Promise<FormatResponse>((resolve) => {
      thread.once('message', resolve);
      thread.postMessage({ files: [['a.ts', 'const a=1\n']], next, last: false });
      thread.postMessage({ files: [['b.ts', 'const b=2\n'], ['c.md', '*  c\n']], next, last: false });
      thread.postMessage({ files: [], next, last: true });
    }).finally(() => void thread.terminate());
    expect(response).toEqual({ formatted: [[0, 'const a = 1;\n'], [1, 'const b = 2;\n'], [2, '- c\n']] });
  });

  it('answers with the error of a file it cannot format', async () => {
    const response = await formatOnWorker([['src/broken.ts', 'export const = ;\n']]);
    expect(response).toEqual({ error: expect.stringMatching(/^cannot format generated src\/broken\.ts: /) });
  });
});
