import { describe, expect, it } from 'vitest';
import { specWarnings } from '../../../src/create/plan-service.js';
import { parseSpec } from '../../../src/spec/read-spec.js';

describe('specWarnings', () => {
  it('passes on what the reader let through, as file:line: warning:', () => {
    const spec = parseSpec('---\nname: x\ntools: [a\n---\n# Backend\n', 'bad-spec.md');
    const [warning] = specWarnings(spec);
    expect(warning).toMatch(/^bad-spec\.md:\d+: warning: front matter is not valid YAML .*read it line by line instead$/);
  });

  it('says when there is no front matter at all', () => {
    expect(specWarnings(parseSpec('# Backend developer\n\nUses FastAPI.\n', 'nofm.md'))).toEqual([
      'nofm.md:1: warning: no front matter (--- name, description, tools --- at the top) — the spec was read as Markdown only',
    ]);
  });

  it('has nothing to say about a well-formed spec', () => {
    expect(specWarnings(parseSpec('---\nname: backend\ntools: [Read]\n---\n# Backend\n', 'ok.md'))).toEqual([]);
  });
});
