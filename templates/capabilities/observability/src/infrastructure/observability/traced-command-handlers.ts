/**
 * Each command handled inside an OpenTelemetry span (`command CreateTenant`), a child of the
 * HTTP request's span; a failure marks the span and still reaches the caller. Without an SDK
 * registered (see tracing.ts) the spans are no-ops.
 */
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Command, CommandHandlerMap } from '../../application/message-bus.js';
import type { UnitOfWork } from '../../application/unit-of-work.js';

function inSpan(type: string, run: () => Promise<void>): Promise<void> {
  const tracer = trace.getTracer('message-bus');
  return tracer.startActiveSpan(
    `command ${type}`,
    { attributes: { 'command.type': type } },
    async (span) => {
      try {
        await run();
      } catch (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

export function withCommandSpans(handlers: CommandHandlerMap): CommandHandlerMap {
  return Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      (command: Command, uow: UnitOfWork) => inSpan(type, () => handle(command, uow)),
    ]),
  );
}
