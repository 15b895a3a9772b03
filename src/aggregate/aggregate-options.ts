/** The aggregates an `agent-backend aggregate` run adds: from flags, or every one of a domain file. */
import { resolve } from 'node:path';
import { aggregateFromFlags } from '../domain-model/cli-flags.js';
import { readDomainFile } from '../domain-model/read-domain-file.js';
import type { Aggregate } from '../domain-model/types.js';
import { InputError } from '../errors.js';
import type { FlagValue } from '../options/parse-command-line.js';

const list = (value: FlagValue): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);

export interface AggregateRequest {
  name?: string;
  fields: string[];
  refs: string[];
  events: string[];
  from?: string;
}

export function aggregateRequest(positionals: readonly string[], flags: Record<string, FlagValue>, cwd: string): AggregateRequest {
  if (positionals.length > 1) {
    throw new InputError(`expected one aggregate name, got ${positionals.join(' ')} — add one at a time, or use --from file`);
  }
  const from = typeof flags.from === 'string' ? resolve(cwd, flags.from) : undefined;
  const request: AggregateRequest = {
    fields: list(flags.field),
    refs: list(flags.ref),
    events: list(flags.event),
    ...(positionals[0] ? { name: positionals[0] } : {}),
    ...(from ? { from } : {}),
  };
  if (from && (request.name || request.fields.length + request.refs.length + request.events.length > 0)) {
    throw new InputError('--from takes every aggregate from the file — leave out <Name>, --field, --ref and --event');
  }
  if (!from && !request.name) {
    throw new InputError('name the aggregate — e.g. agent-backend aggregate Invoice --field number:string, or use --from file');
  }
  return request;
}

/** `known` are the aggregates the service already has, which references may name. */
export async function resolveAggregates(request: AggregateRequest, known: readonly string[]): Promise<Aggregate[]> {
  if (request.from) return (await readDomainFile(request.from, known)).aggregates;
  const name = request.name as string;
  return [aggregateFromFlags({ name, fields: request.fields, refs: request.refs, events: request.events }, known)];
}
