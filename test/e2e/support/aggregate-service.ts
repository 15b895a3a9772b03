/** A generated service on disk for the `agent-backend aggregate` end-to-end test: install, snapshot, user edits. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDependencies, hasCachedDependencies, linkCachedDependencies } from './dependencies.js';
import { cli, mustRun, repoRoot, type RunResult } from './processes.js';

/** Runs the built CLI and throws with its whole output when it does not exit 0. */
export function mustCli(bin: 'create-agent-backend' | 'agent-backend', args: readonly string[], cwd: string): RunResult {
  const result = cli(bin, args, cwd);
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} exited ${result.status} in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** Runs the built CLI, stopping it after `timeoutMs` (status null, `timedOut` true) instead of waiting forever. */
export function cliWithTimeout(
  bin: 'agent-backend',
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): RunResult & { timedOut: boolean } {
  const result = spawnSync(process.execPath, [`${repoRoot}bin/${bin}.js`, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut: result.signal === 'SIGKILL' };
}

/** The run's first service with these dependencies installs for real; later ones link it (see dependencies.ts). */
export function installDependencies(service: string): 'linked' | 'installed' {
  if (hasCachedDependencies(service)) {
    linkCachedDependencies(service);
    return 'linked';
  }
  mustRun('npm', ['install', '--no-audit', '--no-fund'], service);
  cacheDependencies(service);
  return 'installed';
}

const NOT_COMPARED = new Set(['node_modules', 'data', 'dist']);

/** Every file of the service (except node_modules, data and dist) with its bytes. */
export function snapshotTree(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (prefix === '' && NOT_COMPARED.has(entry.name)) continue;
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) for (const [p, b] of snapshotTree(join(dir, entry.name), `${path}/`)) files.set(p, b);
    else files.set(path, readFileSync(join(dir, entry.name)));
  }
  return files;
}

/** The paths added, removed or changed between two snapshots (empty: byte-identical trees). */
export function treeDifferences(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => {
    const a = before.get(path);
    const b = after.get(path);
    return a === undefined || b === undefined || !a.equals(b);
  });
}

/** Replaces `anchor` (which must occur exactly once) in a service file, as a user editing it would. */
export function editFile(service: string, path: string, anchor: string, replacement: string): void {
  const file = join(service, path);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`${path}: expected exactly one occurrence of ${JSON.stringify(anchor)} to edit`);
  }
  writeFileSync(file, text.slice(0, at) + replacement + text.slice(at + anchor.length));
}

export function readServiceFile(service: string, path: string): string {
  return readFileSync(join(service, path), 'utf8');
}

/** The user's own edits made after Invoice is added: each `marker` must survive every later add. */
export const USER_EDITS = {
  customMethod: {
    path: 'src/domain/invoice/invoice.ts',
    anchor: '  snapshot(): InvoiceSnapshot {',
    marker: 'isOverdueOn(today: string): boolean',
    replacement: [
      '  /** Mine: an invoice is overdue from the day after it is due. */',
      '  isOverdueOn(today: string): boolean {',
      '    return this.props.dueOn !== undefined && this.props.dueOn < today;',
      '  }',
      '',
      '  snapshot(): InvoiceSnapshot {',
    ].join('\n'),
  },
  extraRoute: {
    path: 'src/interfaces/http/app.ts',
    anchor: '  return app;\n}',
    marker: "app.get('/api/v1/ping'",
    replacement: ["  app.get('/api/v1/ping', () => ({ pong: true }));", '  return app;', '}'].join('\n'),
  },
  changedHandler: {
    path: 'src/application/invoice/handlers.ts',
    anchor: '  uow.repositories.invoices.add(Invoice.create(command.input, InvoiceId.from(command.id)));\n',
    marker: '// Mine: keep the new invoice at hand (auditing comes next).',
    replacement: [
      '  // Mine: keep the new invoice at hand (auditing comes next).',
      '  const invoice = Invoice.create(command.input, InvoiceId.from(command.id));',
      '  uow.repositories.invoices.add(invoice);',
      '',
    ].join('\n'),
  },
} as const;

export function makeUserEdits(service: string): void {
  for (const edit of Object.values(USER_EDITS)) editFile(service, edit.path, edit.anchor, edit.replacement);
}
