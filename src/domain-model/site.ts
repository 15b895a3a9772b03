/**
 * Where a declaration comes from, for error messages: a line of a domain file, or a CLI flag.
 * Every error is one line: `file:line: what is wrong — fix` or `--field "x:foo": what is wrong — fix`.
 */
import { InputError } from '../errors.js';
import type { Origin } from './types.js';

export interface Site {
  origin: Origin;
  /** the flag as typed (`--field "x:foo"`), named instead of file and line */
  flag?: string;
}

export function fail(site: Site, detail: string): never {
  const oneLine = detail.replace(/\r?\n/g, '\\n');
  if (site.flag) throw new InputError(`${site.flag}: ${oneLine}`);
  throw new InputError(oneLine, site.origin.file, site.origin.line || undefined);
}

export function fileSite(file: string, line: number): Site {
  return { origin: { file, line } };
}
