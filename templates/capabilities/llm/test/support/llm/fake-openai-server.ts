/**
 * A local HTTP server speaking the OpenAI chat completions API (POST /v1/chat/completions):
 * the LangChain adapter's tests point LLM_BASE_URL at it, so no test reaches the network.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeOpenAiOptions {
  /** the reply's status; other than 200, an OpenAI error body */
  status?: number;
  /** how long each answer waits */
  delayMs?: number;
  /** the assistant's answer */
  content?: string;
}

export interface FakeOpenAiServer {
  /** the base URL, ending in /v1 */
  readonly url: string;
  /** the JSON bodies of the chat completion requests, in arrival order */
  readonly requests: Record<string, unknown>[];
  close(): Promise<void>;
}

export const FAKE_SERVER_MODEL = 'gpt-fake-2024-01-01';

function completion(content: string): object {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: FAKE_SERVER_MODEL,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content },
        finish_reason: 'stop',
        logprobs: null,
      },
    ],
    usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
  };
}

export async function startFakeOpenAi(options: FakeOpenAiOptions = {}): Promise<FakeOpenAiServer> {
  const requests: Record<string, unknown>[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      requests.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
      const status = options.status ?? 200;
      const body =
        status === 200
          ? completion(options.content ?? 'Hello from the fake server.')
          : { error: { message: 'the fake server failed', type: 'server_error' } };
      setTimeout(() => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
