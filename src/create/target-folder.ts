/** The folder a new service goes to, and the package name it takes from it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** Files a fresh folder may hold that do not make it "not empty" (as create-vite). */
const HARMLESS = new Set(['.git', '.DS_Store', 'Thumbs.db']);

const PACKAGE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** Names npm refuses for a package though they match the pattern (validate-npm-package-name). */
const NOT_PACKAGE_NAMES = new Set(['node_modules', 'favicon.ico']);

export function serviceNameOf(targetDir: string): string {
  return basename(resolve(targetDir));
}

export function checkServiceName(name: string, flag = 'dir'): void {
  if (name.length > 214 || !PACKAGE_NAME.test(name) || NOT_PACKAGE_NAMES.has(name)) {
    throw new InputError(
      `"${name}" is not a valid service name — give <${flag}> a folder name npm takes as a package name (lowercase letters, digits, - . _), e.g. my-service`,
    );
  }
}

/** Refuses a non-empty folder unless forced; refuses a path that is a file. */
export function checkTargetFolder(targetDir: string, force: boolean): void {
  const path = resolve(targetDir);
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    throw new InputError(`${path} is a file, not a folder — choose another <dir>`);
  }
  const entries = readdirSync(path).filter((entry) => !HARMLESS.has(entry));
  if (entries.length > 0 && !force) {
    throw new InputError(
      `${path} is not empty (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}) — choose an empty or new folder, or pass --force to write into it`,
    );
  }
}
