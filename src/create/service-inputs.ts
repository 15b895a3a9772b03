/**
 * Reads and validates everything a generation needs before a single file is written:
 * the agent spec (what the service is built with) and the domain file (what it is about).
 */
import { join, relative, sep } from 'node:path';
import type { BoundedContext } from '../domain-model/types.js';
import { readDomainFile } from '../domain-model/read-domain-file.js';
import { explain, type ExplainReport } from '../explain/explain.js';
import { stackRows, type StackRow } from '../explain/format.js';
import { packageRoot } from '../package-root.js';
import { discoverSpec } from '../spec/discover.js';
import { readSpec, type AgentSpec } from '../spec/read-spec.js';

export interface ServiceInputs {
  spec: AgentSpec;
  specSource: string;
  context: BoundedContext;
  report: ExplainReport;
  stackRows: StackRow[];
}

export const DEFAULT_DOMAIN = 'examples/domains/prompt-catalogue.md';

export function defaultDomainFile(): string {
  return join(packageRoot(), DEFAULT_DOMAIN);
}

export async function loadServiceInputs(options: {
  cwd: string;
  specFlag?: string;
  domainFile: string;
}): Promise<ServiceInputs> {
  const found = discoverSpec(options.cwd, packageRoot(), options.specFlag);
  const spec = await readSpec(found.file);
  const context = await readDomainFile(options.domainFile);
  const report = explain(spec, context);
  return { spec, specSource: found.source, context, report, stackRows: stackRows(report) };
}

/** How docs/STACK.md names the spec: relative to where the command ran, so output does not depend on the machine. */
export function specLabel(inputs: ServiceInputs, cwd: string): string {
  if (inputs.specSource === 'bundled') return 'the spec bundled with create-agent-backend';
  return relative(cwd, inputs.spec.file).split(sep).join('/');
}
