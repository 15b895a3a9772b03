/**
 * Writes files to disk once everything is rendered and checked, reporting each file the way
 * Yeoman's conflicter does (`   create path`): a new file is created, an unchanged one left alone
 * (`identical`), any other overwritten (`force`) — the caller has already refused or confirmed that.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Yeoman's status column: right-aligned to the width of `identical`. */
export function statusLine(status: 'create' | 'identical' | 'force', path: string): string {
  return `${status.padStart('identical'.length)} ${path}`;
}

export function writeFiles(
  root: string,
  files: Iterable<readonly [string, string]>,
  report: { from: string; log: (line: string) => void; forced?: ReadonlySet<string> },
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
    report.log(statusLine(existed || report.forced?.has(path) ? 'force' : 'create', shown));
  }
}
