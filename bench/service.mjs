// The generated service against a hand-written baseline on the same driver, GET by id.
// Generates the prompt-catalogue example, installs it (or links node_modules from the e2e cache),
// builds and migrates it, starts it on core 0 (taskset), creates one tenant, and loads
// GET /api/v1/tenants/:id with autocannon from this process on core 1. Then the same against a
// node:http + better-sqlite3 server reading the same row from the same file.
// Usage: npm run build && taskset -c 1 node bench/service.mjs [seconds=10] [connections=50] [--features list|none]
// (CAB_NODE_MODULES=<a generated service's node_modules> links it instead of installing)
// The default service has the auth capability: it is started with an API key (writer role) and
// no rate limit, and every request carries the key, so the figures include the auth check.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { printTable } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--features');
const seconds = Number(positional[0] ?? 10);
const connections = Number(positional[1] ?? 50);
const features = process.argv.includes('--features') ? ['--features', process.argv[process.argv.indexOf('--features') + 1]] : [];
const apiKey = randomBytes(24).toString('hex');
const headers = { 'x-api-key': apiKey };
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
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

must(process.execPath, [join(root, 'bin/create-agent-backend.js'), 'svc', '--yes', '--skip-install', '--skip-git', ...features], work);
const cached = installedDependencies();
if (cached) must('cp', ['-al', cached, join(service, 'node_modules')], work);
else must('npm', ['install'], service);
must('npm', ['run', 'build'], service);
must('npm', ['run', 'db:migrate'], service, { DATABASE_URL: database });

const env = { DATABASE_URL: database, LOG_LEVEL: 'warn', HOST: '127.0.0.1', API_KEYS: `bench:${apiKey}:writer`, RATE_LIMIT_MAX: '0' };
const generated = await startOnCore0(['node', 'dist/main.js'], service, env, 3101);
const created = await fetch('http://127.0.0.1:3101/api/v1/tenants', {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ name: 'Bench', slug: 'bench', contactEmail: 'bench@example.com' }),
});
const path = created.headers.get('location');
if (created.status !== 201 || !path) {
  generated.kill('SIGTERM');
  throw new Error(`create failed: ${created.status} ${await created.text()}`);
}
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
console.log(`service: ${features.length > 0 ? `--features ${features[1]}` : 'the --yes default (every capability the bundled spec names)'}`);
console.log(`(${connections} connections, ${seconds} s; server on core 0, load on ${existsSync('/proc') ? 'the other core when run under taskset -c 1' : 'this core'})`);
