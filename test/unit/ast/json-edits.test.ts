import { describe, expect, it } from 'vitest';
import { ensureJsonArrayItem, setJsonValue } from '../../../src/ast/json-edits.js';

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
