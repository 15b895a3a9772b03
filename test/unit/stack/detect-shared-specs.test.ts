import { expect, it } from 'vitest';
import { readSpec } from '../../../src/spec/read-spec.js';
import { detectTechnologies, type Detection } from '../../../src/stack/detect.js';
import { describeWithSharedSpecs, sharedSpec } from '../spec/fixture-paths.js';

async function firstLines(file: string): Promise<Map<string, number>> {
  const detections: Detection[] = detectTechnologies(await readSpec(sharedSpec(file)));
  return new Map(detections.map((d) => [d.technology.id, d.mentions[0]?.line ?? 0]));
}

describeWithSharedSpecs('detectTechnologies on the reference spec backend-developer.md', () => {
  /** looked up by hand in ../shared/specs/backend-developer.md */
  it.each([
    ['fastapi', 3], // description
    ['pydantic', 84],
    ['sqlalchemy', 50],
    ['alembic', 309], // only in the Python dict
    ['turso', 296],
    ['sqlite', 300],
    ['redis', 67],
    ['redis-streams', 453],
    ['celery', 65],
    ['websocket', 72],
    ['langchain', 69],
    ['langgraph', 69],
    ['litellm', 530],
    ['langfuse', 544],
    ['jwt', 513], // JWTトークン
    ['oauth', 512],
    ['rbac', 514],
    ['api-keys', 515], // APIキー
    ['rate-limiting', 349], // "rate_limiting" in the Python dict
    ['pytest', 320],
    ['hypothesis', 323],
    ['locust', 504],
    ['k6', 505], // K6での
    ['docker-compose', 597],
    ['github-actions', 591],
    ['ruff', 592],
    ['mypy', 592],
    ['structured-logging', 111], // attrs/structlog
  ])('finds %s first on line %i', async (id, line) => {
    expect((await firstLines('backend-developer.md')).get(id)).toBe(line);
  });

  it('counts the tags of the front matter but not URLs or the dependencies list', async () => {
    const detections = detectTechnologies(await readSpec(sharedSpec('backend-developer.md')));
    const linesOf = (id: string): number[] =>
      detections.find((d) => d.technology.id === id)?.mentions.map((m) => m.line) ?? [];

    expect(linesOf('fastapi').slice(0, 3)).toEqual([3, 7, 34]);
    expect(linesOf('celery')).not.toContain(66);
    expect(detections.flatMap((d) => d.mentions).filter((m) => m.line >= 14 && m.line <= 20)).toEqual([]);
  });
});

describeWithSharedSpecs('detectTechnologies on the other shared specs', () => {
  it('reads the polyglot VoltAgent spec, but not its tools line', async () => {
    const found = await firstLines('voltagent-backend-developer.md');

    expect(Object.fromEntries(found)).toMatchObject({
      nodejs: 8,
      python: 8,
      go: 8,
      redis: 61,
      postgresql: 180,
      kafka: 180,
      gin: 180,
      oauth: 180,
      prometheus: 183,
      opentelemetry: 185,
      docker: 192,
    });
    expect([...found.values()]).not.toContain(4);
  });

  it('reads the Go spec: Gin, GORM, gRPC and Kubernetes, nothing from Python', async () => {
    const found = await firstLines('wshobson-golang-pro.md');

    expect(Object.fromEntries(found)).toMatchObject({ go: 3, gin: 61, grpc: 63, gorm: 72, kubernetes: 95, jwt: 67 });
    expect(found.has('python')).toBe(false);
    expect(found.has('fastapi')).toBe(false);
  });

  it('reads the NestJS spec: NestJS, Jest and Swagger', async () => {
    const found = await firstLines('0xfurai-nestjs-expert.md');

    expect(Object.fromEntries(found)).toEqual({ nestjs: 3, 'dependency-injection': 9, jest: 17, openapi: 55 });
  });
});
