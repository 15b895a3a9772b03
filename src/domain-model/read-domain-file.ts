/** Reads a domain file from disk; a missing, unreadable or binary file is an `InputError`. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { parseDomain } from './parse-domain.js';
import type { BoundedContext } from './types.js';

export async function readDomainFile(file: string, knownAggregates: readonly string[] = []): Promise<BoundedContext> {
  return parseDomain(decode(await readBytes(file), file), file, knownAggregates);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new InputError('domain file not found — check the path, e.g. --domain examples/domains/ordering.md', file);
    if (code === 'EISDIR')
      throw new InputError('is a directory, not a domain file — give the path of a Markdown file', file);
    throw new InputError(`cannot read the domain file (${code ?? 'unknown error'}) — check its permissions`, file);
  }
}

function decode(bytes: Buffer, file: string): string {
  const binary = (): InputError =>
    new InputError('is a binary file, not a domain file — give a Markdown file with YAML front matter', file);
  if (bytes.includes(0)) throw binary();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary();
  }
}
