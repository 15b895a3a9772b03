/**
 * Keeps V8's compiled code for the vendored CommonJS files (dist/vendor: ts-morph with TypeScript
 * inside, prettier) between runs, in the user's cache folder: compiling them costs more than
 * running them (docs/decisions/speed-generation.md). Node ≥ 22.1 does this itself
 * (`module.enableCompileCache`); on Node 20 the CommonJS loader is wrapped the way
 * `v8-compile-cache` does it. Any failure (no cache folder, a rejected cache) only costs speed.
 */
import Module, { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

type Compile = (this: Module, content: string, filename: string) => unknown;

function cacheFolder(): string {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'create-agent-backend', `v8-${process.version}-${process.arch}`);
}

export function useCompileCache(): void {
  if (process.env.CREATE_AGENT_BACKEND_NO_COMPILE_CACHE) return;
  const folder = cacheFolder();
  const builtIn = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (builtIn) {
    builtIn(folder);
    return;
  }
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  const toWrite: { script: Script; file: string; name: string }[] = [];
  proto._compile = function (content, filename) {
    if (!filename.endsWith('.cjs') || !filename.includes(`${sep}vendor${sep}`)) return compile.call(this, content, filename);
    const { size, mtimeMs } = statSync(filename);
    const file = join(folder, `${basename(filename)}-${size}-${Math.round(mtimeMs)}`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // first run with this file: compile, and keep the result at exit
    }
    const script = new Script(Module.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file, name: basename(filename) });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, file, name } of toWrite) {
      try {
        mkdirSync(folder, { recursive: true });
        // the cache of an earlier build of the same file is of no more use
        for (const old of readdirSync(folder)) if (old.startsWith(`${name}-`)) rmSync(join(folder, old), { force: true });
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, file);
      } catch {
        // a read-only or missing home: no cache
      }
    }
  });
}
