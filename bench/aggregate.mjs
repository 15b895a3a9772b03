// Time to add one aggregate to a service that already has 1, 20 and 50 aggregates: the cost
// must not grow with the service (issue 4: 50-aggregate / 1-aggregate ≤ 1.15, median ≤ 0.8 s).
// Each run copies a fresh service (generated once per size, no install) and runs
// `agent-backend aggregate Invoice …` in it. Usage: npm run build && node bench/aggregate.mjs [runs=7]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printTable } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 7);
const work = mkdtempSync(join(tmpdir(), 'cab-bench-agg-'));
const ADD = ['aggregate', 'Invoice', '--field', 'number:string:unique', '--field', 'amount:money', '--field', 'dueOn:date:optional', '--ref', 'customer:Customer0'];

function node(args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** A domain file with `count` small aggregates named Customer0 … */
function domainWith(count) {
  const aggregates = Array.from({ length: count }, (_, i) => `  Customer${i}:\n    fields:\n      name: string:max=80\n      email: email:unique\n`);
  const file = join(work, `domain-${count}.md`);
  writeFileSync(file, `---\ncontext: Bench\naggregates:\n${aggregates.join('')}---\n`);
  return file;
}

const rows = [];
const medians = new Map();
for (const size of [1, 20, 50]) {
  const template = join(work, `svc-${size}`);
  node([join(root, 'bin/create-agent-backend.js'), template, '--yes', '--skip-install', '--skip-git', '--domain', domainWith(size)], work);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const copy = join(work, `run-${size}-${i}`);
    cpSync(template, copy, { recursive: true });
    times.push(node([join(root, 'bin/agent-backend.js'), ...ADD], copy));
    rmSync(copy, { recursive: true, force: true });
  }
  medians.set(size, median(times));
  rows.push([`${size} existing aggregate(s)`, median(times), Math.min(...times), Math.max(...times)]);
}
const baseline = node(['-e', '0'], work);
printTable(['add one aggregate to', 'median s', 'min s', 'max s'], [...rows, ['node -e 0 (baseline)', baseline, baseline, baseline]]);
const growth = medians.get(50) / medians.get(1);
console.log(`50 / 1 = ${growth.toFixed(3)} (target ≤ 1.15 → ${growth <= 1.15 ? 'met' : 'NOT met'}); median at 1 = ${medians.get(1).toFixed(3)} s (target ≤ 0.8 s → ${medians.get(1) <= 0.8 ? 'met' : 'NOT met'})`);
rmSync(work, { recursive: true, force: true });
