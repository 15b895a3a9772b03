import { describe, expect, it } from 'vitest';
import type { ExplainReport } from '../../../src/explain/explain.js';
import { formatExplain, stackRows } from '../../../src/explain/format.js';

const report: ExplainReport = {
  spec: {
    file: 'agents/backend-developer.md',
    name: 'backend-developer',
    format: 'lines',
    warnings: ['agents/backend-developer.md:3: front matter is not valid YAML'],
  },
  technologies: [
    {
      id: 'fastapi',
      name: 'FastAPI',
      lines: [3, 7, 34, 64, 81, 125],
      translation: 'Fastify 5 + TypeBox schemas',
      capability: 'http',
      status: 'generated',
      files: ['src/interfaces/http/app.ts'],
      packages: { fastify: '^5.12.0' },
    },
    {
      id: 'celery',
      name: 'Celery',
      lines: [65],
      translation: 'BullMQ on Redis',
      capability: 'queue',
      status: 'planned',
      files: [],
      packages: { bullmq: '^6.7.0' },
    },
    {
      id: 'python',
      name: 'Python',
      lines: [3],
      translation: 'TypeScript on Node.js 20+',
      capability: null,
      status: 'not-applicable',
      files: [],
      packages: {},
    },
  ],
  notImplemented: [],
  context: 'PromptCatalogue',
  aggregates: [
    { name: 'Prompt', fields: 1, entities: [], valueObjects: ['PromptBody'], events: ['PromptPublished', 'PromptArchived'], transitions: ['PromptArchived'] },
  ],
};
report.notImplemented = [
  { ...report.technologies[1]!, reason: 'planned: `npx agent-backend add queue`' },
  { ...report.technologies[2]!, reason: 'the generated service is TypeScript on Node.js' },
];

describe('formatExplain', () => {
  const text = formatExplain(report).split('\n');

  it('starts with the spec, its name, how it was read and its warnings', () => {
    expect(text.slice(0, 4)).toEqual([
      'Spec      agents/backend-developer.md',
      'Name      backend-developer',
      'Format    front matter read line by line',
      'Warnings  agents/backend-developer.md:3: front matter is not valid YAML',
    ]);
  });

  it('aligns one row per technology: lines, status, translation and files', () => {
    expect(text).toContain('Technologies the spec names (3)');
    expect(text).toContain('  Technology  Spec lines              Status          Becomes');
    expect(text).toContain(
      '  FastAPI     3, 7, 34, 64 (+2 more)  generated       Fastify 5 + TypeBox schemas → src/interfaces/http/app.ts',
    );
    expect(text).toContain('  Celery      65                      planned         BullMQ on Redis');
  });

  it('lists what is named but not implemented, with why', () => {
    expect(text).toContain('Named but not implemented (2)');
    expect(text).toContain('  Celery      65          planned: `npx agent-backend add queue`');
    expect(text).toContain('  Python      3           the generated service is TypeScript on Node.js');
  });

  it('ends with the aggregates of the domain file', () => {
    expect(text.slice(-2)).toEqual([
      'Aggregates of PromptCatalogue (1)',
      '  Prompt     1 field  entities: —  value objects: PromptBody  events: PromptPublished, PromptArchived (transition)',
    ]);
  });

  it('says how to add aggregates when no domain file was given', () => {
    expect(
      formatExplain({ ...report, context: undefined, aggregates: [] })
        .split('\n')
        .at(-1),
    ).toBe('Aggregates: no domain file given (pass --domain FILE)');
  });
});

describe('stackRows', () => {
  it('gives docs/STACK.md one row per technology, saying why the ones not generated are not', () => {
    expect(stackRows(report)).toEqual([
      {
        technology: 'FastAPI',
        status: 'generated',
        specLines: '3, 7, 34, 64 (+2 more)',
        translation: 'Fastify 5 + TypeBox schemas',
        files: 'src/interfaces/http/app.ts',
      },
      {
        technology: 'Celery',
        status: 'planned',
        specLines: '65',
        translation: 'BullMQ on Redis (planned: `npx agent-backend add queue`)',
        files: '',
      },
      {
        technology: 'Python',
        status: 'not-applicable',
        specLines: '3',
        translation: 'not generated: the generated service is TypeScript on Node.js',
        files: '',
      },
    ]);
  });
});
