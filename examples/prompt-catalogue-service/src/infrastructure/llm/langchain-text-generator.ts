/**
 * The text generator over a LangChain.js chat model: a system and a human message in; the
 * answer's text, model and token usage out. Any LangChain chat model fits (ChatOpenAI is the one
 * wired). A provider failure becomes TextGenerationError, a call past the deadline
 * TextGenerationTimeoutError.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage, type AIMessage } from '@langchain/core/messages';
import {
  TextGenerationError,
  TextGenerationTimeoutError,
} from '../../application/llm/text-generation-errors.js';
import type {
  TextGeneration,
  TextGenerationRequest,
  TextGenerator,
} from '../../application/llm/text-generator.js';

/** What one request tunes; LangChain chat models take these when they are built. */
export interface ModelTuning {
  readonly maxTokens?: number | undefined;
  readonly temperature?: number | undefined;
}

/** Builds the chat model for one request (cheap: no connection is opened until it is invoked). */
export type ChatModelFactory = (tuning: ModelTuning) => BaseChatModel;

export interface LangChainTextGeneratorOptions {
  /** the model the factory's chat models run, reported when the provider does not say */
  readonly model: string;
  /** the deadline of one generation, retries included */
  readonly timeoutMs: number;
}

function toGeneration(reply: AIMessage, fallbackModel: string): TextGeneration {
  const reported: unknown = reply.response_metadata.model_name;
  const usage = reply.usage_metadata;
  return {
    text: reply.text,
    model: typeof reported === 'string' && reported !== '' ? reported : fallbackModel,
    ...(usage === undefined
      ? {}
      : {
          usage: {
            inputTokens: usage.input_tokens,
            outputTokens: usage.output_tokens,
            totalTokens: usage.total_tokens,
          },
        }),
  };
}

export class LangChainTextGenerator implements TextGenerator {
  constructor(
    private readonly chatModel: ChatModelFactory,
    private readonly options: LangChainTextGeneratorOptions,
  ) {}

  async generate(request: TextGenerationRequest): Promise<TextGeneration> {
    const messages = [
      ...(request.system === undefined ? [] : [new SystemMessage(request.system)]),
      new HumanMessage(request.prompt),
    ];
    const model = this.chatModel({
      maxTokens: request.maxTokens,
      temperature: request.temperature,
    });
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      return toGeneration(await model.invoke(messages, { signal }), this.options.model);
    } catch (error) {
      if (signal.aborted)
        throw new TextGenerationTimeoutError(this.options.timeoutMs, { cause: error });
      const reason = error instanceof Error ? error.message : String(error);
      throw new TextGenerationError(`the language model failed: ${reason}`, { cause: error });
    }
  }
}
