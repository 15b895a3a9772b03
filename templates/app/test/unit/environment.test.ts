import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { environment } from '../../src/environment.js';

const names = ['ENVIRONMENT_TEST_FROM_FILE', 'ENVIRONMENT_TEST_ALREADY_SET'];

afterEach(() => {
  for (const name of names) Reflect.deleteProperty(process.env, name);
});

describe('environment', () => {
  it('adds the variables of the .env file, and a variable already set wins', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'environment-')), '.env');
    writeFileSync(file, 'ENVIRONMENT_TEST_FROM_FILE=file\nENVIRONMENT_TEST_ALREADY_SET=file\n');
    process.env.ENVIRONMENT_TEST_ALREADY_SET = 'process';
    const env = environment(file);
    expect(env.ENVIRONMENT_TEST_FROM_FILE).toBe('file');
    expect(env.ENVIRONMENT_TEST_ALREADY_SET).toBe('process');
  });

  it('is the process environment when there is no .env file', () => {
    expect(environment(join(tmpdir(), 'no-such-folder', '.env'))).toBe(process.env);
  });
});
