/** Running the CLI and the generated service's npm scripts for real, with output kept for failures. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const sharedSpecs = fileURLToPath(new URL('../../../../shared/specs/', import.meta.url));

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(command, [...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs and throws with the whole output when the exit code is not 0. */
export function mustRun(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status} in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

export function cli(bin: 'create-agent-backend' | 'agent-backend', args: readonly string[], cwd: string): RunResult {
  return run(process.execPath, [`${repoRoot}bin/${bin}.js`, ...args], cwd, { NO_COLOR: '1' });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A service client every started service accepts when it has the auth capability
 * (`API_KEYS`; ignored by a service without it): requests send it as `x-api-key`.
 */
const E2E_API_KEY = 'e2e0123456789abcdef0123456789abcdef0123456789abcdef';
export const E2E_AUTH_HEADERS: Readonly<Record<string, string>> = { 'x-api-key': E2E_API_KEY };

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `npm start` on a free port and waits until /health/ready answers 200. */
export async function startService(cwd: string, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('npm', ['start'], {
    cwd,
    env: { ...process.env, API_KEYS: `e2e:${E2E_API_KEY}:admin`, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  // 'close', not 'exit': npm may exit before the server it started has written its last lines
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited ${child.exitCode} before it was ready:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`service not ready after 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    process: child,
    output: () => output,
    stop: async () => {
      // the whole group: npm (which dies of the signal) and the server (which drains and exits)
      if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      return exited;
    },
  };
}
