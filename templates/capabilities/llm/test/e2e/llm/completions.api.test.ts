import { afterEach, describe, expect, it } from 'vitest';
import {
  TextGenerationError,
  TextGenerationTimeoutError,
} from '../../../src/application/llm/text-generation-errors.js';
import type { TextGenerator } from '../../../src/application/llm/text-generator.js';
import { FakeTextGenerator } from '../../../src/infrastructure/llm/fake-text-generator.js';
import { buildTestApp, type TestApp } from '../../support/build-app.js';
import { FailingTextGenerator } from '../../support/llm/failing-text-generator.js';

const URL = '/api/v1/llm/completions';

describe('POST /api/v1/llm/completions', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  async function appWith(textGenerator?: TextGenerator): Promise<TestApp> {
    t = await buildTestApp(textGenerator === undefined ? {} : { textGenerator });
    return t;
  }

  it('answers with the fake language model when no provider is configured', async () => {
    const { app } = await appWith();
    const response = await app.inject({ method: 'POST', url: URL, payload: { prompt: 'Hello?' } });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ text: string; model: string; usage: object }>();
    expect(body.model).toBe('fake');
    expect(body.text).toMatch(/^\[fake LLM\]/);
    expect(body.usage).toEqual({
      inputTokens: 1,
      outputTokens: expect.any(Number) as number,
      totalTokens: expect.any(Number) as number,
    });
  });

  it('passes the system text, prompt and tuning to the text generator', async () => {
    const fake = new FakeTextGenerator(() => 'Paris');
    const { app } = await appWith(fake);
    const payload = {
      system: 'Answer in one word.',
      prompt: 'Capital of France?',
      maxTokens: 5,
      temperature: 0,
    };
    const response = await app.inject({ method: 'POST', url: URL, payload });
    expect(response.json()).toEqual({
      text: 'Paris',
      model: 'fake',
      usage: { inputTokens: 7, outputTokens: 1, totalTokens: 8 },
    });
    expect(fake.calls).toEqual([payload]);
  });

  it.each([
    ['no prompt', {}],
    ['an empty prompt', { prompt: '' }],
    ['a temperature above 2', { prompt: 'hi', temperature: 3 }],
    ['maxTokens of 0', { prompt: 'hi', maxTokens: 0 }],
    ['an unknown property', { prompt: 'hi', model: 'gpt-4o' }],
  ])('refuses %s with problem+json 400, calling no model', async (_case, payload) => {
    const fake = new FakeTextGenerator();
    const { app } = await appWith(fake);
    const response = await app.inject({ method: 'POST', url: URL, payload });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(fake.calls).toEqual([]);
  });

  it('answers 502 problem+json when the provider fails, without its message', async () => {
    const failing = new FailingTextGenerator(new TextGenerationError('401 invalid key sk-secret'));
    const { app } = await appWith(failing);
    const response = await app.inject({ method: 'POST', url: URL, payload: { prompt: 'hi' } });
    expect(response.statusCode).toBe(502);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: 'the language model provider failed; the logs have the details',
      instance: URL,
    });
    expect(response.body).not.toContain('sk-secret');
  });

  it('answers 504 problem+json when the provider is too slow', async () => {
    const { app } = await appWith(new FailingTextGenerator(new TextGenerationTimeoutError(1500)));
    const response = await app.inject({ method: 'POST', url: URL, payload: { prompt: 'hi' } });
    expect(response.statusCode).toBe(504);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ title: 'Gateway Timeout', status: 504 });
  });

  it('answers 500 for a failure that is not the provider’s', async () => {
    const { app } = await appWith(new FailingTextGenerator(new Error('a bug')));
    const response = await app.inject({ method: 'POST', url: URL, payload: { prompt: 'hi' } });
    expect(response.statusCode).toBe(500);
  });

  it('is described in the OpenAPI document', async () => {
    const { app } = await appWith();
    const spec = (await app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    }>();
    expect(Object.keys(spec.paths[URL]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '4XX', '502', '504']),
    );
  });
});
