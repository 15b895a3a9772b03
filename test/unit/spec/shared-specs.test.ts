import { expect, it } from 'vitest';
import { readSpec } from '../../../src/spec/read-spec.js';
import { describeWithSharedSpecs, sharedSpec } from './fixture-paths.js';

describeWithSharedSpecs('readSpec on the shared reference specs', () => {
  it('reads the Japanese reference spec with all its front-matter keys', async () => {
    const spec = await readSpec(sharedSpec('backend-developer.md'));

    expect(spec).toMatchObject({
      format: 'yaml',
      name: 'backend-developer',
      bodyStartLine: 25,
      tools: [],
      warnings: [],
    });
    expect(spec.description).toMatch(/^FastAPIとPython 3\.13/);
    expect(spec.frontMatter).toMatchObject({ category: 'engineering', version: '1.0.0', priority: 9, enabled: true });
    expect(spec.frontMatter['tags']).toContain('FastAPI');
    expect(spec.lines[25]).toBe('# **11. backend-developer Agent**');
  });

  it('reads tools written as a comma string in the VoltAgent spec', async () => {
    const spec = await readSpec(sharedSpec('voltagent-backend-developer.md'));

    expect(spec).toMatchObject({ format: 'yaml', name: 'backend-developer', bodyStartLine: 7 });
    expect(spec.tools).toEqual(['Read', 'Write', 'Edit', 'Bash', 'Glob', 'Grep']);
    expect(spec.frontMatter['model']).toBe('sonnet');
  });

  it.each([
    ['wshobson-golang-pro.md', 'golang-pro'],
    ['0xfurai-nestjs-expert.md', 'nestjs-expert'],
  ])('reads %s without warnings', async (file, name) => {
    const spec = await readSpec(sharedSpec(file));

    expect(spec).toMatchObject({ format: 'yaml', name, bodyStartLine: 6, warnings: [] });
  });
});
