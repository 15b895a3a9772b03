/**
 * LangChain's ChatOpenAI, for OpenAI or any server speaking its chat completions API at
 * LLM_BASE_URL (Ollama, vLLM, LM Studio, a LiteLLM proxy…).
 */
import { ChatOpenAI } from '@langchain/openai';
import type { ChatModelFactory } from './langchain-text-generator.js';

export interface OpenAiSettings {
  readonly model: string;
  readonly apiKey: string;
  /** an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1; absent: api.openai.com */
  readonly baseUrl?: string | undefined;
  /** retries of a failed call (rate limits, 5xx), within the generator's deadline */
  readonly maxRetries?: number | undefined;
}

export function openAiChatModels(settings: OpenAiSettings): ChatModelFactory {
  return ({ maxTokens, temperature }) =>
    new ChatOpenAI({
      model: settings.model,
      apiKey: settings.apiKey,
      maxRetries: settings.maxRetries ?? 2,
      // chat completions: the API every OpenAI-compatible server implements
      useResponsesApi: false,
      ...(maxTokens === undefined ? {} : { maxTokens }),
      ...(temperature === undefined ? {} : { temperature }),
      ...(settings.baseUrl === undefined ? {} : { configuration: { baseURL: settings.baseUrl } }),
    });
}
