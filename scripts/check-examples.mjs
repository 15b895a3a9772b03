// Regenerates the services kept in examples/ and fails on any difference, so the committed
// examples are always what the generator writes today. `--update` rewrites them instead.
// Run from the repository root after `npm run build`; the reference spec lies in ../shared/specs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SPEC = '../shared/specs/backend-developer.md';
const EXAMPLES = [
  { name: 'prompt-catalogue-service', args: [] },
  { name: 'ordering-service', args: ['--domain', 'examples/domains/ordering.md'] },
];
const update = process.argv.includes('--update');

function generate(target, args) {
  const flags = ['--yes', '--skip-install', '--skip-git', '--spec', SPEC, ...args];
  const result = spawnSync(process.execPath, ['bin/create-agent-backend.js', target, ...flags], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`generating ${target} failed:\n${result.stdout}\n${result.stderr}`);
}

let failed = false;
for (const { name, args } of EXAMPLES) {
  const committed = join('examples', name);
  if (update) {
    rmSync(committed, { recursive: true, force: true });
    generate(committed, args);
    console.log(`updated ${committed}`);
    continue;
  }
  const fresh = join(mkdtempSync(join(tmpdir(), 'cab-examples-')), name);
  generate(fresh, args);
  const diff = spawnSync('diff', ['-ru', committed, fresh], { encoding: 'utf8' });
  if (diff.status === 0) console.log(`${committed}: identical to a fresh generation`);
  else {
    failed = true;
    console.error(`${committed} differs from a fresh generation (run: node scripts/check-examples.mjs --update):\n${diff.stdout}`);
  }
}
process.exitCode = failed ? 1 : 0;
