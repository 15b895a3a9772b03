import { describe, expect, it } from 'vitest';
import { ensureEnvVariable, type EnvVariable } from '../../../src/ast/env-file-edits.js';
import { lines } from './edit-source.js';

const redisUrl: EnvVariable = {
  name: 'REDIS_URL',
  value: '',
  comment: 'redis:// URL; empty: in-process',
};
const ttl: EnvVariable = { name: 'CACHE_TTL_SECONDS', value: '60', comment: 'seconds' };

describe('ensureEnvVariable', () => {
  it('appends the comment and the variable, and changes nothing the second time', () => {
    const source = lines('# port to listen on', 'PORT=3000');
    const once = ensureEnvVariable(source, redisUrl);
    expect(once).toBe(lines('# port to listen on', 'PORT=3000', '# redis:// URL; empty: in-process', 'REDIS_URL='));
    expect(ensureEnvVariable(once, redisUrl)).toBe(once);
    expect(ensureEnvVariable(once, ttl)).toBe(`${once}# seconds\nCACHE_TTL_SECONDS=60\n`);
  });

  it('leaves a variable the file sets already alone, whatever its value', () => {
    const source = lines('PORT=3000', 'REDIS_URL=redis://cache:6379 # mine', 'HOST=0.0.0.0');
    expect(ensureEnvVariable(source, redisUrl)).toBe(source);
    const exported = lines('  export REDIS_URL=redis://localhost');
    expect(ensureEnvVariable(exported, redisUrl)).toBe(exported);
  });

  it('does not take a longer name, or a commented-out line, for the variable', () => {
    const source = lines('REDIS_URL_2=x', '# REDIS_URL=redis://example');
    expect(ensureEnvVariable(source, redisUrl)).toBe(`${source}# redis:// URL; empty: in-process\nREDIS_URL=\n`);
  });

  it('keeps Windows newlines', () => {
    expect(ensureEnvVariable('PORT=3000\r\n', ttl)).toBe('PORT=3000\r\n# seconds\r\nCACHE_TTL_SECONDS=60\r\n');
    expect(ensureEnvVariable('PORT=3000\r\nREDIS_URL=\r\n', redisUrl)).toBe('PORT=3000\r\nREDIS_URL=\r\n');
  });

  it('ends the last line first when the file has no trailing newline', () => {
    expect(ensureEnvVariable('PORT=3000', ttl)).toBe('PORT=3000\n# seconds\nCACHE_TTL_SECONDS=60\n');
    expect(ensureEnvVariable('A=1\r\nPORT=3000', ttl)).toBe(
      'A=1\r\nPORT=3000\r\n# seconds\r\nCACHE_TTL_SECONDS=60\r\n',
    );
  });

  it('writes into an empty file', () => {
    expect(ensureEnvVariable('', ttl)).toBe('# seconds\nCACHE_TTL_SECONDS=60\n');
  });
});
