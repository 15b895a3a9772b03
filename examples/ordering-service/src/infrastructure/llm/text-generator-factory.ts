/**
 * The text generator LLM_PROVIDER names: `fake` (the default — a canned answer, no model called)
 * or `openai` (LangChain.js over ChatOpenAI). The settings are Config's `llm…` members;
 * config.ts has already refused a provider without its model or key.
 */
import type { TextGenerator } from '../../application/llm/text-generator.js';
import { FakeTextGenerator } from './fake-text-generator.js';
import { LangChainTextGenerator } from './langchain-text-generator.js';
import { openAiChatModels } from './openai-chat-models.js';

export type LlmProvider = 'fake' | 'openai';

export interface LlmSettings {
  readonly llmProvider?: LlmProvider | undefined;
  readonly llmModel?: string | undefined;
  readonly llmApiKey?: string | undefined;
  /** an OpenAI-compatible server; absent: api.openai.com */
  readonly llmBaseUrl?: string | undefined;
  /** the deadline of one generation, retries included */
  readonly llmTimeoutMs?: number | undefined;
}

export function createTextGenerator(settings: LlmSettings): TextGenerator {
  if (settings.llmProvider !== 'openai') return new FakeTextGenerator();
  const { llmModel: model, llmApiKey: apiKey, llmBaseUrl: baseUrl } = settings;
  if (model === undefined || apiKey === undefined)
    throw new Error('LLM_PROVIDER=openai needs LLM_MODEL and LLM_API_KEY');
  return new LangChainTextGenerator(openAiChatModels({ model, apiKey, baseUrl }), {
    model,
    timeoutMs: settings.llmTimeoutMs ?? 30_000,
  });
}
