import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../src/spec/read-spec.js';
import { CATALOGUE } from '../../../src/stack/catalogue.js';
import { detectTechnologies } from '../../../src/stack/detect.js';

const idsIn = (body: string): string[] =>
  detectTechnologies(parseSpec(`---\nname: probe\n---\n${body}\n`, 'probe.md')).map((d) => d.technology.id);

describe('detectTechnologies on single lines', () => {
  it.each([
    ['JWTトークン管理', ['jwt']],
    ['Celeryによる非同期処理', ['celery']],
    ['FastAPI/Python によるクリーンアーキテクチャ', ['fastapi', 'python']],
    ['使用FastAPI构建接口', ['fastapi']],
    ['FastAPI와 SQLAlchemy로', ['fastapi', 'sqlalchemy']],
    ['"rate_limiting": self._setup_rate_limiting(),', ['rate-limiting']],
    ['Delivered on the Go/Gin framework', ['go', 'gin']],
    ['net/http and fiber/gin frameworks', ['fiber', 'gin']],
    ['Redis Streams with consumer groups', ['redis-streams']],
    ['run docker-compose up', ['docker-compose']],
    ['a multi-stage Dockerfile', ['docker']],
    ['K6での詳細なパフォーマンス分析', ['k6']],
    ['Clerk統合でのOAuth 2.0実装', ['clerk', 'oauth']],
  ])('finds %s as %j', (line, ids) => {
    expect(idsIn(line)).toEqual(ids);
  });

  it.each([
    'Create a GIN index on the tags column',
    'The handler lives in `subscriptions.py`',
    'Add ginger to the tea',
    'redistribute the shards',
    'a celeryish colour; see docs.celeryq.dev',
    'see https://redis.io/docs/latest/ and https://fastapi.tiangolo.com/',
    'we tested the hypothesis that it helps',
    'Go to the next step',
  ])('finds nothing in %j', (line) => {
    expect(idsIn(line)).toEqual([]);
  });

  it('finds every plain alias in any case, and with the letters that fold to ASCII (ſ for s, K for k)', () => {
    // detection skips a technology none of whose words the spec holds: that check must see these too
    for (const technology of CATALOGUE) {
      for (const alias of technology.aliases) {
        if (typeof alias !== 'string') continue;
        for (const written of [alias.toUpperCase(), alias.replace(/s/g, '\u017f').replace(/k/g, '\u212a')]) {
          expect(idsIn(`uses ${written} here`), `${technology.id}: ${written}`).toContain(technology.id);
        }
      }
    }
  });

  it('gives the line of the file and the column of the first mention on it', () => {
    const spec = parseSpec('---\nname: probe\n---\n\nUse Redis.\n- Celeryと Redis\n', 'probe.md');

    const redis = detectTechnologies(spec).find((d) => d.technology.id === 'redis');

    expect(redis?.mentions).toEqual([
      { line: 5, column: 5, excerpt: 'Use Redis.' },
      { line: 6, column: 11, excerpt: '- Celeryと Redis' },
    ]);
  });

  it('counts description and tags but never tools, name or other keys of the front matter', () => {
    const text = [
      '---',
      'name: fastapi-helper',
      'description: works with Celery',
      'tags:',
      '  - Redis',
      'tools: Bash, Docker',
      'dependencies:',
      '  - Kafka',
      '---',
      'Nothing here.',
    ].join('\n');

    const found = detectTechnologies(parseSpec(text, 'probe.md')).map((d) => [d.technology.id, d.mentions[0]?.line]);

    expect(found).toEqual([
      ['celery', 3],
      ['redis', 5],
    ]);
  });

  it('cuts long lines to an excerpt around the mention', () => {
    const line = `${'word '.repeat(40)}FastAPI ${'tail '.repeat(40)}`;

    const [fastapi] = detectTechnologies(parseSpec(line, 'probe.md'));

    expect(fastapi?.mentions[0]?.excerpt).toMatch(/^….*FastAPI.*…$/);
    expect(fastapi?.mentions[0]?.excerpt.length).toBeLessThanOrEqual(82);
  });
});
