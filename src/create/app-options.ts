/**
 * Every option of `create`, decided once into a typed object (Nx's normalizeOptions):
 * the generator never looks at raw flags.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CapabilityName } from '../capabilities/types.js';
import { InputError } from '../errors.js';
import { parseFeatures } from './features.js';
import type { Database } from '../options/declarations.js';
import type { FlagValue } from '../options/parse-command-line.js';
import { checkServiceName, checkTargetFolder, serviceNameOf } from './target-folder.js';

export interface AppOptions {
  targetDir: string;
  serviceName: string;
  specFlag?: string;
  domainFlag?: string;
  db: Database;
  /** `--features`; undefined: the ones the spec names (asked when interactive) */
  features?: CapabilityName[];
  /** ask for what the flags did not give (a TTY on stdin and no --yes) */
  interactive: boolean;
  dryRun: boolean;
  force: boolean;
  skipInstall: boolean;
  skipGit: boolean;
  /** whether the target folder existed before this run: an interrupted run removes only a folder it made */
  targetExisted: boolean;
}

export const DEFAULT_SERVICE_DIR = 'my-service';

/** Databases the generated service supports today; the others are valid choices refused honestly. */
const IMPLEMENTED_DATABASES: readonly Database[] = ['sqlite', 'postgres'];

export function resolveAppOptions(
  dir: string,
  flags: Record<string, FlagValue>,
  cwd: string,
  interactive: boolean,
): AppOptions {
  const targetDir = resolve(cwd, dir);
  const serviceName = serviceNameOf(targetDir);
  checkServiceName(serviceName);
  const force = flags.force === true;
  checkTargetFolder(targetDir, force);
  const db = (typeof flags.db === 'string' ? flags.db : 'sqlite') as Database;
  checkDatabase(db);
  const features = parseFeatures(flags.features);
  return {
    targetDir,
    serviceName,
    ...(typeof flags.spec === 'string' ? { specFlag: resolve(cwd, flags.spec) } : {}),
    ...(typeof flags.domain === 'string' ? { domainFlag: resolve(cwd, flags.domain) } : {}),
    db,
    ...(features ? { features } : {}),
    interactive,
    dryRun: flags['dry-run'] === true,
    force,
    skipInstall: flags['skip-install'] === true,
    skipGit: flags['skip-git'] === true,
    targetExisted: existsSync(targetDir),
  };
}

export function isImplementedDatabase(db: Database): boolean {
  return IMPLEMENTED_DATABASES.includes(db);
}

export function checkDatabase(db: Database): void {
  if (!isImplementedDatabase(db)) {
    throw new InputError(
      `--db ${db} is not available in this version yet — use ${IMPLEMENTED_DATABASES.map((d) => `--db ${d}`).join(' or ')} (see README, Limits)`,
    );
  }
}

export function checkPositionals(positionals: readonly string[]): void {
  if (positionals.length > 1) {
    throw new InputError(
      `expected one folder, got ${positionals.length} (${positionals.join(' ')}) — quote a path that has spaces`,
    );
  }
}
