/** What to type next, for the package manager actually used. */
import { relative } from 'node:path';
import type { AppOptions } from './app-options.js';

export function nextSteps(app: AppOptions, cwd = process.cwd()): string {
  const dir = relative(cwd, app.targetDir) || '.';
  const steps = [dir === '.' ? undefined : `cd ${dir.includes(' ') ? `"${dir}"` : dir}`];
  if (app.skipInstall) steps.push('npm install');
  steps.push('npm run db:migrate', 'npm run dev        # http://localhost:3000/docs', 'npm test');
  return ['', `Done. ${app.serviceName} is ready:`, ...steps.filter(Boolean).map((s) => `  ${s}`), ''].join('\n');
}
