// The generated service against a hand-written baseline on the same driver, GET by id.
// Generates the prompt-catalogue example, installs it (or links node_modules from the e2e cache),
// builds and migrates it, starts it on core 0 (taskset), creates one tenant, and loads
// GET /api/v1/tenants/:id with autocannon from this process on core 1. Then the same against a
// node:http + better-sqlite3 server reading the same row from the same file.
// Usage: npm run build && taskset -c 1 node bench/service.mjs [seconds=10] [connections=50]
// (CAB_NODE_MODULES=<a generated service's node_modules> links it instead of installing)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { printTable } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 50);
const work = mkdtempSync(join(tmpdir(), 'cab-bench-svc-'));
const service = join(work, 'svc');
const database = join(work, 'bench.db');

function must(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** node_modules of a generated service installed earlier (CAB_NODE_MODULES), to skip a 2-minute compile. */
function installedDependencies() {
  const given = process.env.CAB_NODE_MODULES;
  return given && existsSync(given) ? given : undefined;
}

async function startOnCore0(args, cwd, env, port) {
  const child = spawn('taskset', ['-c', '0', ...args], { cwd, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/health/live`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`${args.join(' ')} did not start`);
}

async function load(url) {
  await autocannon({ url, connections, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

must(process.execPath, [join(root, 'bin/create-agent-backend.js'), 'svc', '--yes', '--skip-install', '--skip-git'], work);
const cached = installedDependencies();
if (cached) must('cp', ['-al', cached, join(service, 'node_modules')], work);
else must('npm', ['install'], service);
must('npm', ['run', 'build'], service);
must('npm', ['run', 'db:migrate'], service, { DATABASE_URL: database });

const env = { DATABASE_URL: database, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
const generated = await startOnCore0(['node', 'dist/main.js'], service, env, 3101);
const created = await fetch('http://127.0.0.1:3101/api/v1/tenants', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'Bench', slug: 'bench', contactEmail: 'bench@example.com' }),
});
const path = created.headers.get('location');
if (created.status !== 201 || !path) throw new Error(`create failed: ${created.status} ${await created.text()}`);
const generatedResult = await load(`http://127.0.0.1:3101${path}`);
generated.kill('SIGTERM');

const baselineScript = join(root, 'bench/baseline-server.mjs');
const baseline = await startOnCore0(['node', baselineScript], service, env, 3102);
const baselineResult = await load(`http://127.0.0.1:3102${path}`);
baseline.kill('SIGTERM');

printTable(
  ['server (GET by id)', 'req/s', 'p99 ms', 'ratio to baseline'],
  [
    ['node:http + better-sqlite3 (baseline)', baselineResult.rps, baselineResult.p99, 1],
    ['generated service', generatedResult.rps, generatedResult.p99, generatedResult.rps / baselineResult.rps],
  ],
);
const ratio = generatedResult.rps / baselineResult.rps;
console.log(`targets: ≥ 0.75× baseline → ${ratio >= 0.75 ? 'met' : 'NOT met'}; p99 ≤ 10 ms → ${generatedResult.p99 <= 10 ? 'met' : 'NOT met'}`);
console.log(`(${connections} connections, ${seconds} s; server on core 0, load on ${existsSync('/proc') ? 'the other core when run under taskset -c 1' : 'this core'})`);
