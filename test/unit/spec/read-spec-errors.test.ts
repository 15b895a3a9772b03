import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseSpec, readSpec } from '../../../src/spec/read-spec.js';
import { fixture } from './fixture-paths.js';

async function failure(file: string): Promise<InputError> {
  const error: unknown = await readSpec(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof InputError)) throw new Error(`expected an InputError for ${file}, got ${String(error)}`);
  return error;
}

describe('readSpec on files that are not specs', () => {
  it.each([
    ['missing.md', /spec file not found; pass --spec/],
    ['binary.bin', /binary file \(it contains NUL bytes\)/],
    ['invalid-utf8.md', /not UTF-8 text; save the spec as UTF-8/],
    ['empty.md', /spec file is empty/],
    ['whitespace.md', /spec file is empty/],
    ['', /not a file/],
  ])('rejects %s with one line naming the file and the fix', async (name, message) => {
    const file = fixture(name);
    const error = await failure(file);

    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${file}: `)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('rejects text holding NUL bytes even when given as a string', () => {
    expect(() => parseSpec('---\nname: x\n---\n\0', 'x.md')).toThrow(InputError);
  });
});
