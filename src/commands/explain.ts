/** `agent-backend explain`: what the spec asks for, what it becomes, what is left out. */
import { resolve } from 'node:path';
import type { CliIo } from '../cli.js';
import { readDomainFile } from '../domain-model/read-domain-file.js';
import { explain } from '../explain/explain.js';
import { formatExplain } from '../explain/format.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { packageRoot } from '../package-root.js';
import { discoverSpec } from '../spec/discover.js';
import { readSpec } from '../spec/read-spec.js';

export async function runExplain({ flags }: CommandLine, io: CliIo): Promise<void> {
  const specFlag = typeof flags.spec === 'string' ? resolve(io.cwd, flags.spec) : undefined;
  const found = discoverSpec(io.cwd, packageRoot(), specFlag);
  const spec = await readSpec(found.file);
  const domain = typeof flags.domain === 'string' ? await readDomainFile(resolve(io.cwd, flags.domain)) : undefined;
  const report = explain(spec, domain);
  io.out(flags.json === true ? JSON.stringify(report, null, 2) : formatExplain(report));
}
