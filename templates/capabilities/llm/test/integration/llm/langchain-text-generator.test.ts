import { afterEach, describe, expect, it } from 'vitest';
import {
  TextGenerationError,
  TextGenerationTimeoutError,
} from '../../../src/application/llm/text-generation-errors.js';
import { LangChainTextGenerator } from '../../../src/infrastructure/llm/langchain-text-generator.js';
import { openAiChatModels } from '../../../src/infrastructure/llm/openai-chat-models.js';
import { createTextGenerator } from '../../../src/infrastructure/llm/text-generator-factory.js';
import { buildTestApp } from '../../support/build-app.js';
import {
  FAKE_SERVER_MODEL,
  startFakeOpenAi,
  type FakeOpenAiOptions,
  type FakeOpenAiServer,
} from '../../support/llm/fake-openai-server.js';

/** LangChain's ChatOpenAI against a local OpenAI-compatible server: real HTTP, no network. */
describe('LangChainTextGenerator over ChatOpenAI', () => {
  let server: FakeOpenAiServer | undefined;
  afterEach(() => server?.close());

  async function serve(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiServer> {
    server = await startFakeOpenAi(options);
    return server;
  }

  function generatorFor(url: string, timeoutMs = 5000): LangChainTextGenerator {
    const chatModels = openAiChatModels({
      model: 'gpt-test',
      apiKey: 'sk-test',
      baseUrl: url,
      maxRetries: 0,
    });
    return new LangChainTextGenerator(chatModels, { model: 'gpt-test', timeoutMs });
  }

  it('sends the messages and tuning, and maps the answer and its usage', async () => {
    const { url, requests } = await serve({ content: 'Blue, red, green.' });
    const generator = createTextGenerator({
      llmProvider: 'openai',
      llmModel: 'gpt-test',
      llmApiKey: 'sk-test',
      llmBaseUrl: url,
    });
    const answer = await generator.generate({
      system: 'Be brief.',
      prompt: 'Name three colours.',
      maxTokens: 20,
      temperature: 0.2,
    });
    expect(answer).toEqual({
      text: 'Blue, red, green.',
      model: FAKE_SERVER_MODEL,
      usage: { inputTokens: 12, outputTokens: 5, totalTokens: 17 },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      model: 'gpt-test',
      temperature: 0.2,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Name three colours.' },
      ],
    });
    expect(requests[0]?.max_tokens ?? requests[0]?.max_completion_tokens).toBe(20);
  });

  it('turns a provider error into TextGenerationError', async () => {
    const { url } = await serve({ status: 500 });
    await expect(generatorFor(url).generate({ prompt: 'hi' })).rejects.toBeInstanceOf(
      TextGenerationError,
    );
  });

  it('turns a provider slower than the deadline into TextGenerationTimeoutError', async () => {
    const { url } = await serve({ delayMs: 2000 });
    const failure = generatorFor(url, 200).generate({ prompt: 'hi' });
    await expect(failure).rejects.toBeInstanceOf(TextGenerationTimeoutError);
    await expect(failure).rejects.toThrow('did not answer within 200 ms');
  });

  it('serves POST /api/v1/llm/completions from the configured provider', async () => {
    const { url } = await serve({ content: 'Served.' });
    const t = await buildTestApp({
      llm: { llmProvider: 'openai', llmModel: 'gpt-test', llmApiKey: 'sk-test', llmBaseUrl: url },
    });
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/llm/completions',
        payload: { prompt: 'hi' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ text: 'Served.', model: FAKE_SERVER_MODEL });
    } finally {
      await t.close();
    }
  });
});
