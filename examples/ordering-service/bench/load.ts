/**
 * `npm run bench`: starts the built service (dist/) in its own process on a free port with a
 * fresh database, creates one record of the first resource and measures GET by id with
 * autocannon. Prints req/s and p95/p99 latency.
 *   BENCH_CONNECTIONS (50), BENCH_SECONDS (10), BENCH_URL (use a running service instead)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_ENV, BENCH_HEADERS } from './credentials.js';
import { benchTarget } from './target.js';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duration = Number(process.env.BENCH_SECONDS ?? 10);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address !== null ? address.port : 0),
      );
    });
  });
}

async function waitUntilReady(base: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the service did not become ready at ${base}`);
}

const folder = mkdtempSync(join(tmpdir(), 'bench-'));
const port = await freePort();
const server =
  process.env.BENCH_URL === undefined
    ? spawn(process.execPath, ['dist/main.js'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          DATABASE_URL: join(folder, 'bench.db'),
          ...BENCH_ENV,
        },
        stdio: 'inherit',
      })
    : undefined;
try {
  const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
  await waitUntilReady(base);
  const url = await benchTarget(base);
  const result = await autocannon({ url, connections, duration, headers: BENCH_HEADERS });
  const latency = result.latency as typeof result.latency & { p95?: number };
  console.log(`GET ${url}  (${connections} connections, ${duration} s)`);
  console.log(
    `req/s ${result.requests.average.toFixed(0)}  p95 ${latency.p95 ?? latency.p97_5} ms  p99 ${latency.p99} ms  errors ${result.errors + result.non2xx}`,
  );
} finally {
  server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
