import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

// a DATABASE_URL every database flavour of the service accepts
const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/app' };
const openai = { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-4o-mini', LLM_API_KEY: 'sk-test' };

describe('loadConfig: language model', () => {
  it('uses the fake provider, with nothing else needed, by default', () => {
    expect(loadConfig(base)).toMatchObject({
      llmProvider: 'fake',
      llmModel: undefined,
      llmApiKey: undefined,
      llmBaseUrl: undefined,
      llmTimeoutMs: 30_000,
    });
  });

  it('reads a provider with its model, key, server and deadline', () => {
    const config = loadConfig({
      ...base,
      ...openai,
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1',
      LLM_TIMEOUT_MS: '5000',
    });
    expect(config).toMatchObject({
      llmProvider: 'openai',
      llmModel: 'gpt-4o-mini',
      llmApiKey: 'sk-test',
      llmBaseUrl: 'http://127.0.0.1:11434/v1',
      llmTimeoutMs: 5000,
    });
  });

  it("takes the provider's own key variable when LLM_API_KEY is not set", () => {
    const config = loadConfig({ ...base, ...openai, LLM_API_KEY: '', OPENAI_API_KEY: 'sk-own' });
    expect(config.llmApiKey).toBe('sk-own');
  });

  it.each([
    ['LLM_PROVIDER', { LLM_PROVIDER: 'skynet' }],
    ['LLM_PROVIDER=openai needs LLM_API_KEY', { ...openai, LLM_API_KEY: undefined }],
    ['LLM_PROVIDER=openai needs LLM_MODEL', { ...openai, LLM_MODEL: '' }],
    ['LLM_BASE_URL', { LLM_BASE_URL: 'ftp://models.example' }],
    ['LLM_TIMEOUT_MS', { LLM_TIMEOUT_MS: '0' }],
  ])('refuses a bad setting with one line naming it: %s', (message, env) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
