/**
 * Writes files to disk once everything is rendered and checked, reporting each file in Yeoman's
 * status column (`   create path`): a new file is created, an unchanged one left alone
 * (`identical`), a planned edit `update`d, and a file the user changed overwritten under --force
 * (`force`) — the caller has already refused or confirmed that.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Yeoman's status column: right-aligned to the width of `identical`. */
export function statusLine(status: 'create' | 'identical' | 'update' | 'force', path: string): string {
  return `${status.padStart('identical'.length)} ${path}`;
}

export function writeFiles(
  root: string,
  files: Iterable<readonly [string, string]>,
  report: {
    from: string;
    log: (line: string) => void;
    /** written even when identical (Yeoman's storage writes .yo-rc.json every run) */
    forced?: ReadonlySet<string>;
    /** files the user changed, overwritten because of --force: `force`, not `update` */
    overwritten?: ReadonlySet<string>;
  },
): void {
  const made = new Set<string>();
  for (const [path, content] of files) {
    const full = join(root, path);
    const existed = existsSync(full);
    const shown = relative(report.from, full).split('\\').join('/');
    if (existed && !report.forced?.has(path) && readFileSync(full, 'utf8') === content) {
      report.log(statusLine('identical', shown));
      continue;
    }
    const folder = dirname(full);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(full, content);
    report.log(statusLine(!existed ? 'create' : report.overwritten?.has(path) ? 'force' : 'update', shown));
  }
}
