import { describe, expect, it } from 'vitest';
import {
  FAKE_MODEL,
  FakeTextGenerator,
} from '../../../src/infrastructure/llm/fake-text-generator.js';
import { LangChainTextGenerator } from '../../../src/infrastructure/llm/langchain-text-generator.js';
import { createTextGenerator } from '../../../src/infrastructure/llm/text-generator-factory.js';

describe('FakeTextGenerator', () => {
  it('answers with a canned text that says it is a fake, and echoes the prompt', async () => {
    const answer = await new FakeTextGenerator().generate({ prompt: 'Name three colours.' });
    expect(answer.model).toBe(FAKE_MODEL);
    expect(answer.text).toMatch(/^\[fake LLM\] No language model is configured/);
    expect(answer.text).toContain('"Name three colours."');
  });

  it('is deterministic, and records every request in order', async () => {
    const fake = new FakeTextGenerator();
    const first = await fake.generate({ prompt: 'same', temperature: 1.5 });
    const second = await fake.generate({ system: 'be brief', prompt: 'same' });
    expect(second.text).toBe(first.text);
    expect(fake.calls).toEqual([
      { prompt: 'same', temperature: 1.5 },
      { system: 'be brief', prompt: 'same' },
    ]);
  });

  it('stops at maxTokens words and counts words as its usage', async () => {
    const fake = new FakeTextGenerator(() => 'one two three four five');
    const answer = await fake.generate({ system: 'a b', prompt: 'c d e', maxTokens: 3 });
    expect(answer.text).toBe('one two three');
    expect(answer.usage).toEqual({ inputTokens: 5, outputTokens: 3, totalTokens: 8 });
  });
});

describe('createTextGenerator', () => {
  it('gives the fake when no provider is configured', () => {
    expect(createTextGenerator({})).toBeInstanceOf(FakeTextGenerator);
    expect(createTextGenerator({ llmProvider: 'fake' })).toBeInstanceOf(FakeTextGenerator);
  });

  it('gives LangChain over OpenAI for the openai provider, without calling it', () => {
    const generator = createTextGenerator({
      llmProvider: 'openai',
      llmModel: 'gpt-4o-mini',
      llmApiKey: 'sk-test',
    });
    expect(generator).toBeInstanceOf(LangChainTextGenerator);
  });

  it('refuses the openai provider without a model or key', () => {
    expect(() => createTextGenerator({ llmProvider: 'openai', llmModel: 'gpt-4o-mini' })).toThrow(
      'LLM_PROVIDER=openai needs LLM_MODEL and LLM_API_KEY',
    );
  });
});
