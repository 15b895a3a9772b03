import { describe, expect, it } from 'vitest';
import { ensureJsonArrayItem, ensureJsonEntries, setJsonValue } from '../../../src/ast/json-edits.js';

const yoRc = `{
  "create-agent-backend": {
    "database": "postgres",
    "aggregates": ["Prompt"]
  }
}
`;

describe('ensureJsonArrayItem', () => {
  it('appends to the array with two-space indent, keeping key order', () => {
    const out = ensureJsonArrayItem(yoRc, '.yo-rc.json', ['create-agent-backend', 'aggregates'], 'Invoice');
    expect(out).toBe(`{
  "create-agent-backend": {
    "database": "postgres",
    "aggregates": [
      "Prompt",
      "Invoice"
    ]
  }
}
`);
    expect(ensureJsonArrayItem(out, '.yo-rc.json', ['create-agent-backend', 'aggregates'], 'Invoice')).toBe(out);
  });

  it('returns the text untouched when the item is there, whatever its formatting', () => {
    const mine = '{"create-agent-backend":{"aggregates":["Invoice"]}}';
    expect(ensureJsonArrayItem(mine, '.yo-rc.json', ['create-agent-backend', 'aggregates'], 'Invoice')).toBe(mine);
  });

  it('creates the objects and the array on the way', () => {
    expect(ensureJsonArrayItem('{}\n', '.yo-rc.json', ['create-agent-backend', 'aggregates'], 'Invoice')).toBe(
      '{\n  "create-agent-backend": {\n    "aggregates": [\n      "Invoice"\n    ]\n  }\n}\n',
    );
  });

  it('says which key is not an array', () => {
    expect(() => ensureJsonArrayItem('{"a": {"b": 1}}', '.yo-rc.json', ['a', 'b'], 'x')).toThrow(
      '.yo-rc.json: expected "a.b" to be an array',
    );
  });
});

describe('setJsonValue', () => {
  it('adds a new key last and replaces an existing value in place', () => {
    const added = setJsonValue('{ "b": 1, "a": 2 }', 'x.json', ['c'], true);
    expect(added).toBe('{\n  "b": 1,\n  "a": 2,\n  "c": true\n}');
    expect(setJsonValue(added, 'x.json', ['b'], 3)).toBe('{\n  "b": 3,\n  "a": 2,\n  "c": true\n}');
  });

  it('rejects a file that is not JSON, naming it', () => {
    expect(() => setJsonValue('{ nope', '.yo-rc.json', ['a'], 1)).toThrow(/^\.yo-rc\.json: is not valid JSON/);
  });
});

describe('ensureJsonEntries', () => {
  const pkg = (dependencies: Record<string, string>) => `${JSON.stringify({ name: 'x', dependencies }, null, 2)}\n`;

  it('keeps a sorted object sorted, so the diff only adds lines', () => {
    const after = ensureJsonEntries(pkg({ fastify: '^5', zod: '^4' }), 'package.json', ['dependencies'], { ioredis: '^5', '@a/b': '^1' });
    expect(after).toBe(pkg({ '@a/b': '^1', fastify: '^5', ioredis: '^5', zod: '^4' }));
  });

  it('appends to an unsorted object, and leaves a range the user set alone', () => {
    const after = ensureJsonEntries(pkg({ zod: '^4', fastify: '^5' }), 'package.json', ['dependencies'], { fastify: '^6', ioredis: '^5' });
    expect(after).toBe(pkg({ zod: '^4', fastify: '^5', ioredis: '^5' }));
  });

  it('returns the text untouched when nothing is missing, and creates a missing object', () => {
    const text = '{ "dependencies": { "a": "1" } }';
    expect(ensureJsonEntries(text, 'package.json', ['dependencies'], { a: '2' })).toBe(text);
    expect(JSON.parse(ensureJsonEntries('{}\n', 'package.json', ['scripts'], { worker: 'node w.js' }))).toEqual({ scripts: { worker: 'node w.js' } });
  });
});
