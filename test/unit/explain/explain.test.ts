import { describe, expect, it } from 'vitest';
import type { BoundedContext } from '../../../src/domain-model/types.js';
import { explain } from '../../../src/explain/explain.js';
import { names } from '../../../src/naming.js';
import { readSpec } from '../../../src/spec/read-spec.js';
import { fixture, itWithSharedSpecs, sharedSpec } from '../spec/fixture-paths.js';

const REQUIRED = [
  'fastapi',
  'pydantic',
  'sqlalchemy',
  'alembic',
  'turso',
  'sqlite',
  'redis',
  'redis-streams',
  'celery',
  'websocket',
  'langchain',
  'langgraph',
  'litellm',
  'langfuse',
  'jwt',
  'oauth',
  'rbac',
  'api-keys',
  'rate-limiting',
  'pytest',
  'hypothesis',
  'locust',
  'k6',
  'docker-compose',
  'github-actions',
  'ruff',
  'mypy',
  'structured-logging',
];

const origin = { file: 'domain.md', line: 1 };
const promptCatalogue: BoundedContext = {
  names: names('PromptCatalogue'),
  body: '',
  origin,
  aggregates: [
    {
      names: names('Prompt'),
      fields: [],
      valueObjects: [{ names: names('PromptBody'), fields: [], origin }],
      entities: [{ names: names('PromptVersion'), fields: [], origin }],
      events: [{ names: names('PromptPublished'), origin }],
      origin,
    },
  ],
};

describe('explain', () => {
  itWithSharedSpecs('lists every required technology of the reference spec with the lines that name it', async () => {
    const report = explain(await readSpec(sharedSpec('backend-developer.md')));

    const byId = new Map(report.technologies.map((t) => [t.id, t]));
    for (const id of REQUIRED) expect(byId.get(id)?.lines.length, id).toBeGreaterThan(0);
    expect(byId.get('alembic')).toMatchObject({ lines: [309], status: 'generated', capability: 'migrations' });
    expect(byId.get('fastapi')).toMatchObject({ translation: 'Fastify 5 + TypeBox schemas', capability: 'http' });
    expect(byId.get('fastapi')?.packages).toHaveProperty('fastify');
  });

  itWithSharedSpecs('puts every detected technology that is neither generated nor available in notImplemented, with its reason', async () => {
    const report = explain(await readSpec(sharedSpec('backend-developer.md')));

    const expected = report.technologies
      .filter((t) => t.status !== 'generated' && t.status !== 'available')
      .map((t) => t.id);
    expect(report.notImplemented.map((t) => t.id)).toEqual(expected);
    expect(expected).toEqual(
      expect.arrayContaining(['oauth', 'python', 'django', 'docker-compose']),
    );
    expect(report.technologies.find((t) => t.id === 'redis')?.status).toBe('available');
    expect(report.notImplemented.find((t) => t.id === 'redis')).toBeUndefined();
    for (const id of ['celery', 'redis-streams', 'jwt', 'rbac', 'api-keys', 'rate-limiting', 'langchain', 'websocket'])
      expect(report.technologies.find((t) => t.id === id)?.status).toBe('available');
    expect(report.notImplemented.find((t) => t.id === 'python')?.reason).toBe(
      'the generated service is TypeScript on Node.js',
    );
  });

  it('carries the spec identity and its warnings', async () => {
    const report = explain(await readSpec(fixture('bold-value.md')));

    expect(report.spec).toMatchObject({ name: 'monolith-keeper', format: 'lines' });
    expect(report.spec.warnings).toHaveLength(1);
  });

  it('summarises the aggregates of the domain file when one is given', async () => {
    const spec = await readSpec(fixture('bom.md'));

    expect(explain(spec).aggregates).toEqual([]);
    expect(explain(spec, promptCatalogue)).toMatchObject({
      context: 'PromptCatalogue',
      aggregates: [
        {
          name: 'Prompt',
          fields: 0,
          entities: ['PromptVersion'],
          valueObjects: ['PromptBody'],
          events: ['PromptPublished'],
          transitions: [],
        },
      ],
    });
  });
});
