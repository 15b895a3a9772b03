import { describe, expect, it } from 'vitest';
import { readSpec } from '../../../src/spec/read-spec.js';
import { detectTechnologies } from '../../../src/stack/detect.js';
import { fixture } from '../spec/fixture-paths.js';

/** fixture → every technology it names, with the line of the first mention */
const cases: [string, Record<string, number>][] = [
  ['invalid-yaml-examples.md', { fastapi: 3, pydantic: 9 }],
  ['bold-value.md', { django: 3 }],
  ['bad-indentation.md', { postgresql: 3, redis: 10 }],
  ['toml-front-matter.md', { kafka: 3, grpc: 9 }],
  ['no-front-matter.md', { fastapi: 3, sqlalchemy: 5, alembic: 5 }],
  ['blank-before-dashes.md', { celery: 8 }],
  ['crlf.md', { websocket: 6, jwt: 7 }],
  ['bom.md', { pytest: 4 }],
  ['tools-string.md', { locust: 6, k6: 6 }],
  ['tools-list.md', {}],
  ['agent-key.md', { 'redis-streams': 6 }],
  ['emoji-name.md', { ruff: 6, mypy: 6, 'github-actions': 6 }],
  ['chinese-glued.md', { fastapi: 3, jwt: 8, rbac: 8, celery: 9, redis: 9, sqlalchemy: 10, sqlite: 10 }],
  ['korean-glued.md', { fastapi: 5, pydantic: 5, jwt: 5, langchain: 6, litellm: 6 }],
  ['look-alikes.md', { postgresql: 3 }],
  ['unclosed.md', { flask: 5 }],
];

describe('detectTechnologies on the fixture specs', () => {
  it.each(cases)('finds in %s exactly %j (id: first line)', async (file, expected) => {
    const detections = detectTechnologies(await readSpec(fixture(file)));

    const found = Object.fromEntries(detections.map((d) => [d.technology.id, d.mentions[0]?.line]));
    expect(found).toEqual(expected);
  });

  it('lists detections in order of first mention', async () => {
    const detections = detectTechnologies(await readSpec(fixture('chinese-glued.md')));

    expect(detections.map((d) => d.technology.id)).toEqual([
      'fastapi',
      'jwt',
      'rbac',
      'celery',
      'redis',
      'sqlalchemy',
      'sqlite',
    ]);
  });
});
