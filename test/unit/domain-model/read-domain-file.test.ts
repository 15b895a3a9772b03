import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDomainFile } from '../../../src/domain-model/index.js';
import { asyncErrorMessage } from './domain-text.js';

const fixture = (name: string): string => join('test/fixtures/domains', name);

describe('readDomainFile refuses a file it cannot read as a domain file, in one line', () => {
  it.each([
    [
      'a missing file',
      'missing.md',
      'test/fixtures/domains/missing.md: domain file not found — check the path, e.g. --domain examples/domains/ordering.md',
    ],
    ['a directory', '', 'test/fixtures/domains: is a directory, not a domain file — give the path of a Markdown file'],
    [
      'a binary file',
      'binary.md',
      'test/fixtures/domains/binary.md: is a binary file, not a domain file — give a Markdown file with YAML front matter',
    ],
    [
      'an empty file',
      'empty.md',
      'test/fixtures/domains/empty.md:1: the file is empty — start it with a `---` line, the YAML declaration of the context, and another `---`',
    ],
    [
      'a file with no front matter',
      'no-front-matter.md',
      'test/fixtures/domains/no-front-matter.md:1: no front matter — start the file with a `---` line, the YAML declaration of the context, and another `---`',
    ],
    [
      'a front matter that is never closed',
      'unclosed-front-matter.md',
      'test/fixtures/domains/unclosed-front-matter.md:1: the front matter is not closed — add a `---` line after the YAML',
    ],
    [
      'a YAML syntax error, at the line of the file',
      'yaml-syntax-error.md',
      'test/fixtures/domains/yaml-syntax-error.md:9: YAML syntax error: Missing closing "quote — fix the front matter',
    ],
    [
      'an unclosed flow map',
      'yaml-unclosed-flow.md',
      'test/fixtures/domains/yaml-unclosed-flow.md:9: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a } — fix the front matter',
    ],
    [
      'an error in a file with a BOM and CRLF line ends',
      'crlf-bom-bad-default.md',
      'test/fixtures/domains/crlf-bom-bad-default.md:7: default "ajar" is not one of the enum values — use one of open, shut',
    ],
    [
      'a reference to an undeclared aggregate',
      'unknown-reference.md',
      'test/fixtures/domains/unknown-reference.md:8: reference to unknown aggregate "Tenant" — declare it as an aggregate first (known: Prompt)',
    ],
    [
      'an unknown type',
      'unknown-type.md',
      'test/fixtures/domains/unknown-type.md:7: unknown type "float" — use one of string, text, int, decimal, money, boolean, date, datetime, uuid, email, url, json, enum(a|b), ref(Aggregate) or a value object\'s name',
    ],
  ])('%s', async (_, name, message) => {
    expect(await asyncErrorMessage(() => readDomainFile(fixture(name)))).toBe(message);
  });

  it('says a file that is not UTF-8 is binary', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'domain-')), 'latin1.md');
    await writeFile(file, Buffer.from('---\ncontext: Caf\xe9\n---\n', 'latin1'));

    expect(await asyncErrorMessage(() => readDomainFile(file))).toBe(
      `${file}: is a binary file, not a domain file — give a Markdown file with YAML front matter`,
    );
  });
});

describe('readDomainFile reads the examples', () => {
  it.each(['prompt-catalogue.md', 'ordering.md'])('%s parses without an error', async (name) => {
    const context = await readDomainFile(join('examples/domains', name));

    expect(context.aggregates.length).toBeGreaterThanOrEqual(2);
    expect(context.body).toMatch(/^# /);
  });
});
