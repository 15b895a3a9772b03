// Generation speed: `create-agent-backend --yes --skip-install --skip-git` into a fresh temp
// folder, N runs, median wall time, printed beside a bare `node -e 0` baseline run the same way.
// Usage: npm run build && node bench/generate.mjs [runs=15] [--domain file] [--dir folder]
// --dir: where the run folders go (default: the system temp folder). On this machine's disk,
// creating files where many were deleted shortly before can take 10× as long, so a /tmp that tests
// have churned adds up to ~0.25 s per run (docs/decisions/speed-generation.md, session 6).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printTable } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 15);
// the runs start in a temp folder: a relative --domain is taken from where the bench was started
const domainFlag = process.argv.includes('--domain') ? ['--domain', resolve(process.argv[process.argv.indexOf('--domain') + 1])] : [];
const parent = process.argv.includes('--dir') ? resolve(process.argv[process.argv.indexOf('--dir') + 1]) : tmpdir();
if (!existsSync(parent)) throw new Error(`--dir ${parent}: no such folder`);

function time(args, cwd, env = process.env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return seconds;
}

const baseline = [];
const generate = [];
for (let i = 0; i < runs; i++) {
  baseline.push(time(['-e', '0'], root));
  const dir = mkdtempSync(join(parent, 'cab-bench-'));
  generate.push(
    time([join(root, 'bin/create-agent-backend.js'), join(dir, 'svc'), '--yes', '--skip-install', '--skip-git', ...domainFlag], dir),
  );
  rmSync(dir, { recursive: true, force: true });
}
// The bin keeps V8's compiled code in the user's cache folder (src/compile-cache.ts): the runs above
// use it; a first run on a machine, with an empty cache folder, also pays for compiling and saving it.
const coldDir = mkdtempSync(join(parent, 'cab-bench-cold-'));
const cold = time(
  [join(root, 'bin/create-agent-backend.js'), join(coldDir, 'svc'), '--yes', '--skip-install', '--skip-git', ...domainFlag],
  coldDir,
  { ...process.env, XDG_CACHE_HOME: join(coldDir, 'cache') },
);
rmSync(coldDir, { recursive: true, force: true });
const base = median(baseline);
const gen = median(generate);
printTable(
  ['run', 'median s', 'min s', 'max s', 'ratio to node -e 0'],
  [
    ['node -e 0 (baseline)', base, Math.min(...baseline), Math.max(...baseline), 1],
    ['generate, no install', gen, Math.min(...generate), Math.max(...generate), gen / base],
    ['first run (empty compile cache)', cold, cold, cold, cold / base],
  ],
);
console.log(`target: median ≤ 0.6 s → ${gen <= 0.6 ? 'met' : 'NOT met'} (${runs} runs, in ${parent})`);
