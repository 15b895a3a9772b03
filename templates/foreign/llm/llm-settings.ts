/**
 * The language model settings from the environment: LLM_PROVIDER (`fake`, the default, or
 * `openai`), LLM_MODEL, LLM_API_KEY (or OPENAI_API_KEY), LLM_BASE_URL (an OpenAI-compatible
 * server) and LLM_TIMEOUT_MS. A provider without its model or key is refused here, at start.
 */
import type { LlmSettings } from './text-generator-factory.js';

type Env = Record<string, string | undefined>;

const present = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value.trim();

export function llmSettingsFromEnv(env: Env = process.env): LlmSettings {
  const provider = present(env.LLM_PROVIDER) ?? 'fake';
  if (provider !== 'fake' && provider !== 'openai')
    throw new Error(`LLM_PROVIDER must be fake or openai, not ${provider}`);
  const timeout = present(env.LLM_TIMEOUT_MS) ?? '30000';
  const timeoutMs = Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1000 || timeoutMs > 600_000)
    throw new Error(`LLM_TIMEOUT_MS must be an integer from 1000 to 600000, not ${timeout}`);
  const settings: LlmSettings = {
    llmProvider: provider,
    llmModel: present(env.LLM_MODEL),
    llmApiKey: present(env.LLM_API_KEY) ?? present(env.OPENAI_API_KEY),
    llmBaseUrl: present(env.LLM_BASE_URL),
    llmTimeoutMs: timeoutMs,
  };
  if (
    provider === 'openai' &&
    (settings.llmModel === undefined || settings.llmApiKey === undefined)
  )
    throw new Error('LLM_PROVIDER=openai needs LLM_MODEL and LLM_API_KEY');
  return settings;
}
