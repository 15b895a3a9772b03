/**
 * POST /api/v1/llm/completions: text from the configured language model. It is under /api/, so
 * the auth capability, when added, asks for the writer role (a write: every call costs money).
 * A provider failure answers 502, a provider too slow 504, both problem+json.
 */
import type { FastifyPluginCallback } from 'fastify';
import {
  TextGenerationError,
  TextGenerationTimeoutError,
} from '../../../application/llm/text-generation-errors.js';
import type { TextGenerator } from '../../../application/llm/text-generator.js';
import { CompletionBody, CompletionSchema } from '../schemas/llm.schemas.js';
import { ProblemSchema } from '../schemas/shared.js';

export interface LlmRouteOptions {
  textGenerator: TextGenerator;
}

const tags = ['llm'];

/** The problem for a failed generation: the provider's own message stays in the logs. */
function gatewayProblem(error: TextGenerationError, instance: string) {
  return error instanceof TextGenerationTimeoutError
    ? {
        type: 'about:blank',
        title: 'Gateway Timeout',
        status: 504,
        detail: error.message,
        instance,
      }
    : {
        type: 'about:blank',
        title: 'Bad Gateway',
        status: 502,
        detail: 'the language model provider failed; the logs have the details',
        instance,
      };
}

export const llmRoutes: FastifyPluginCallback<LlmRouteOptions> = (app, { textGenerator }, done) => {
  app.post<{ Body: CompletionBody }>(
    '/completions',
    {
      schema: {
        tags,
        summary: 'Generate text from a prompt',
        body: CompletionBody,
        response: {
          200: CompletionSchema,
          '4xx': ProblemSchema,
          502: ProblemSchema,
          504: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      try {
        return await textGenerator.generate(request.body);
      } catch (error) {
        if (!(error instanceof TextGenerationError)) throw error;
        request.log.error({ err: error }, 'text generation failed');
        const problem = gatewayProblem(error, request.url);
        return reply.code(problem.status).type('application/problem+json').send(problem);
      }
    },
  );

  done();
};
