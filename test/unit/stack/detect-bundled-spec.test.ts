import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSpec } from '../../../src/spec/read-spec.js';
import { detectTechnologies } from '../../../src/stack/detect.js';

const bundled = fileURLToPath(new URL('../../../specs/backend-developer.md', import.meta.url));

describe('the spec shipped in the package', () => {
  it('reads cleanly and names the whole reference stack', async () => {
    const spec = await readSpec(bundled);
    const ids = detectTechnologies(spec).map((d) => d.technology.id);

    expect(spec).toMatchObject({ format: 'yaml', name: 'backend-developer', warnings: [] });
    expect(ids).toEqual(
      expect.arrayContaining([
        'fastapi',
        'pydantic',
        'openapi',
        'sqlalchemy',
        'unit-of-work',
        'alembic',
        'sqlite',
        'turso',
        'redis',
        'message-bus',
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
        'cors',
        'security-headers',
        'pytest',
        'hypothesis',
        'locust',
        'k6',
        'ruff',
        'mypy',
        'structured-logging',
        'docker-compose',
        'github-actions',
        'environment-config',
      ]),
    );
  });
});
