/**
 * node_modules for generated services. The first service of a run is installed for real by the
 * CLI (the user's path, through Yeoman's install task); later services with the same
 * dependencies get a hard-linked copy, because better-sqlite3 compiles from source here and
 * each compile costs about two minutes of a CI run with a 90-minute budget.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mustRun } from './processes.js';

function dependencyKey(serviceDir: string): string {
  const manifest = JSON.parse(readFileSync(join(serviceDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const wanted = [manifest.dependencies, manifest.devDependencies, manifest.allowScripts];
  return createHash('sha256').update(JSON.stringify(wanted)).digest('hex').slice(0, 12);
}

function cacheDir(serviceDir: string): string {
  const run = process.env.CAB_E2E_CACHE ?? join(tmpdir(), 'cab-e2e-run');
  return join(run, `node-modules-${dependencyKey(serviceDir)}`);
}

export function hasCachedDependencies(serviceDir: string): boolean {
  return existsSync(join(cacheDir(serviceDir), 'node_modules'));
}

/** Keeps a hard-linked copy of an installed service's node_modules for later services. */
export function cacheDependencies(serviceDir: string): void {
  const cache = cacheDir(serviceDir);
  if (existsSync(join(cache, 'node_modules'))) return;
  mustRun('mkdir', ['-p', cache], serviceDir);
  mustRun('cp', ['-al', join(serviceDir, 'node_modules'), join(cache, 'node_modules')], serviceDir);
}

export function linkCachedDependencies(serviceDir: string): void {
  mustRun('cp', ['-al', join(cacheDir(serviceDir), 'node_modules'), join(serviceDir, 'node_modules')], serviceDir);
}
