/**
 * One dependency cache per `npm run test:e2e`: the first generated service of the run is
 * installed for real, later ones link its node_modules (see dependencies.ts). A fresh folder
 * each run, so a run on a machine that ran before still proves that installing works.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'cab-e2e-run-'));
  process.env.CAB_E2E_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
