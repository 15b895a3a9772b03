/**
 * A field whose test data cannot keep its pattern is named, with its place in the domain file,
 * when the service or the aggregate is generated; one the generator can satisfy is not.
 */
import { describe, expect, it } from 'vitest';
import { parseDomain } from '../../../src/domain-model/parse-domain.js';
import { textSampleFits } from '../../../src/generate/fields.js';
import { testDataWarnings } from '../../../src/generate/test-data-warnings.js';

const DOMAIN = [
  '---',
  'context: Transit',
  'aggregates:',
  '  Station:',
  '    fields:',
  "      code: { type: string, unique: true, pattern: '^\\p{Lu}{2}-\\p{Nd}{4}$' }",
  "      badge: { type: string, pattern: '^\\p{Extended_Pictographic}{1,3}$' }",
  '      name: string',
  '    valueObjects:',
  '      Platform:',
  '        fields:',
  "          sign: { type: string, pattern: '^\\p{Extended_Pictographic}$' }",
  '---',
  '',
].join('\n');

describe('testDataWarnings', () => {
  const context = parseDomain(DOMAIN, 'transit.md');

  it('names each field whose pattern no test value fits, with file and line', () => {
    const warnings = testDataWarnings(context.aggregates);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^transit\.md:7: warning: no test value found for Station\.badge that matches \^\\p\{Extended_Pictographic\}\{1,3\}\$ — /);
    expect(warnings[0]).toContain('test/support/mothers/station.mother.ts');
    expect(warnings[1]).toMatch(/^transit\.md:12: warning: .*Platform\.sign/);
  });

  it('says nothing of fields whose test data keeps their rules', () => {
    const fields = context.aggregates[0]?.fields ?? [];
    expect(fields.filter(textSampleFits).map((field) => field.names.camel)).toEqual(['code', 'name']);
  });
});
