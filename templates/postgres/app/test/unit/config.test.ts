import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const url = 'postgres://postgres@127.0.0.1:5432/app';

describe('loadConfig', () => {
  it('requires DATABASE_URL, a PostgreSQL URL', () => {
    expect(() => loadConfig({})).toThrow('DATABASE_URL is required');
    expect(() => loadConfig({ DATABASE_URL: './data/app.db' })).toThrow(ConfigError);
  });

  it('has a default for every setting', () => {
    const config = loadConfig({ DATABASE_URL: url });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe(url);
    expect(config.corsOrigins).toBe(false);
    expect(config.migrateOnStart).toBe(true);
  });

  it('reads CORS origins as a list, or * as any origin', () => {
    expect(
      loadConfig({ DATABASE_URL: url, CORS_ORIGINS: 'https://a.example, https://b.example' })
        .corsOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(loadConfig({ DATABASE_URL: url, CORS_ORIGINS: '*' }).corsOrigins).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['MIGRATE_ON_START', 'maybe'],
    ['CORS_ORIGINS', 'not a url'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => loadConfig({ DATABASE_URL: url, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url, [name]: value })).toThrow(name);
  });
});
