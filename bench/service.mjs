// The generated service against a hand-written baseline on the same driver, GET by id.
// Generates the prompt-catalogue example, installs it (or links node_modules from the e2e cache),
// builds and migrates it, starts it on core 0 (taskset), creates one tenant, and loads
// GET /api/v1/tenants/:id with autocannon from this process on core 1. Then the same against a
// node:http + better-sqlite3 server reading the same row from the same file.
// The two servers take turns for --rounds rounds (default 3), each started for its own load and
// stopped after it (an idle service still runs timers, which would slow the other on core 0): a
// host that speeds up or slows down during the run moves both figures of a round alike, so the
// ratio is taken per round and its median reported.
// Usage: npm run build && taskset -c 1 node bench/service.mjs [seconds=10] [connections=50] [--features list|none] [--rounds 3]
// (CAB_NODE_MODULES=<a generated service's node_modules> links it instead of installing)
// The default service has the auth capability: it is started with an API key (writer role) and
// no rate limit, and every request carries the key, so the figures include the auth check.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { median, printTable } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--features' && all[i - 1] !== '--rounds');
const seconds = Number(positional[0] ?? 10);
const connections = Number(positional[1] ?? 50);
const features = process.argv.includes('--features') ? ['--features', process.argv[process.argv.indexOf('--features') + 1]] : [];
const rounds = process.argv.includes('--rounds') ? Number(process.argv[process.argv.indexOf('--rounds') + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number ≥ 1');
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

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`; 100 on Linux). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU ticks (user + system) the process has used, or undefined where /proc is not there. */
function cpuTicks(pid) {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return undefined;
  const line = readFileSync(stat, 'utf8');
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15 of the line
}

/**
 * Loads the server and measures it. `busy` is the share of one core the server used meanwhile: a
 * server below ~95 % was not the bottleneck (the load generator was), and its req/s understates it.
 */
async function load(url, pid) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const before = cpuTicks(pid);
  const started = process.hrtime.bigint();
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  const after = cpuTicks(pid);
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const busy = before === undefined || after === undefined ? undefined : (after - before) / CLOCK_TICKS / elapsed;
  return { rps: result.requests.average, p99: result.latency.p99, busy };
}

must(process.execPath, [join(root, 'bin/create-agent-backend.js'), 'svc', '--yes', '--skip-install', '--skip-git', ...features], work);
const cached = installedDependencies();
if (cached) must('cp', ['-al', cached, join(service, 'node_modules')], work);
else must('npm', ['install'], service);
must('npm', ['run', 'build'], service);
must('npm', ['run', 'db:migrate'], service, { DATABASE_URL: database });

const env = { DATABASE_URL: database, LOG_LEVEL: 'warn', HOST: '127.0.0.1', API_KEYS: `bench:${apiKey}:writer`, RATE_LIMIT_MAX: '0' };
const baselineScript = join(root, 'bench/baseline-server.mjs');

/** Starts a server, runs `use` on it and stops it, waiting until it has exited. */
async function withServer(args, port, use) {
  const child = await startOnCore0(args, service, env, port);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    return await use(child.pid);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const path = await withServer(['node', 'dist/main.js'], 3101, async () => {
  const created = await fetch('http://127.0.0.1:3101/api/v1/tenants', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ name: 'Bench', slug: 'bench', contactEmail: 'bench@example.com' }),
  });
  const location = created.headers.get('location');
  if (created.status !== 201 || !location) throw new Error(`create failed: ${created.status} ${await created.text()}`);
  return location;
});

const rows = [];
const ratios = [];
const busyShares = [];
const busyCell = (share) => (share === undefined ? 'n/a' : share);
const generatedP99s = [];
for (let round = 1; round <= rounds; round++) {
  const generatedResult = await withServer(['node', 'dist/main.js'], 3101, (pid) => load(`http://127.0.0.1:3101${path}`, pid));
  const baselineResult = await withServer(['node', baselineScript], 3102, (pid) => load(`http://127.0.0.1:3102${path}`, pid));
  ratios.push(generatedResult.rps / baselineResult.rps);
  generatedP99s.push(generatedResult.p99);
  busyShares.push(generatedResult.busy, baselineResult.busy);
  rows.push(
    [`round ${round}: node:http + better-sqlite3 (baseline)`, baselineResult.rps, baselineResult.p99, busyCell(baselineResult.busy), 1],
    [`round ${round}: generated service`, generatedResult.rps, generatedResult.p99, busyCell(generatedResult.busy), generatedResult.rps / baselineResult.rps],
  );
}

printTable(['server (GET by id)', 'req/s', 'p99 ms', 'server busy', 'ratio to baseline'], rows);
const idle = busyShares.filter((share) => share !== undefined && share < 0.95);
if (idle.length > 0)
  console.log(`warning: a server was busy less than 95 % of a round (${idle.map((share) => share.toFixed(2)).join(', ')}): the load generator, not the server, set that round's req/s`);
const ratio = median(ratios);
const p99 = Math.max(...generatedP99s);
console.log(`median ratio over ${rounds} round(s): ${ratio.toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})`);
console.log(`targets: ≥ 0.75× baseline → ${ratio >= 0.75 ? 'met' : 'NOT met'}; p99 ≤ 10 ms → ${p99 <= 10 ? 'met' : 'NOT met'} (worst round: ${p99} ms)`);
console.log(`service: ${features.length > 0 ? `--features ${features[1]}` : 'the --yes default (every capability the bundled spec names)'}`);
console.log(`(${connections} connections, ${seconds} s; server on core 0, load on ${existsSync('/proc') ? 'the other core when run under taskset -c 1' : 'this core'})`);
