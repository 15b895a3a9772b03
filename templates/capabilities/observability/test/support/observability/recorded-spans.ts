/**
 * OpenTelemetry for tests without the SDK: a TracerProvider that keeps every span in memory and
 * a context manager on AsyncLocalStorage (so spans find their parent), registered globally by
 * `recordSpans()` until `stop()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import {
  context,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  TraceFlags,
  type Attributes,
  type AttributeValue,
  type Context,
  type ContextManager,
  type Span,
  type SpanContext,
  type SpanKind,
  type SpanOptions,
  type SpanStatus,
  type Tracer,
} from '@opentelemetry/api';

class RecordedSpan implements Span {
  readonly attributes: Attributes;
  status: SpanStatus = { code: SpanStatusCode.UNSET };
  ended = false;
  readonly exceptions: unknown[] = [];
  readonly #context: SpanContext;

  constructor(
    public name: string,
    readonly kind: SpanKind | undefined,
    readonly parentSpanId: string | undefined,
    traceId: string,
    attributes: Attributes = {},
  ) {
    this.attributes = { ...attributes };
    this.#context = {
      traceId,
      spanId: randomBytes(8).toString('hex'),
      traceFlags: TraceFlags.SAMPLED,
    };
  }

  get spanId(): string {
    return this.#context.spanId;
  }
  spanContext(): SpanContext {
    return this.#context;
  }
  setAttribute(key: string, value: AttributeValue): this {
    this.attributes[key] = value;
    return this;
  }
  setAttributes(attributes: Attributes): this {
    Object.assign(this.attributes, attributes);
    return this;
  }
  addEvent(): this {
    return this;
  }
  addLink(): this {
    return this;
  }
  addLinks(): this {
    return this;
  }
  setStatus(status: SpanStatus): this {
    this.status = status;
    return this;
  }
  updateName(name: string): this {
    this.name = name;
    return this;
  }
  end(): void {
    this.ended = true;
  }
  isRecording(): boolean {
    return !this.ended;
  }
  recordException(exception: unknown): void {
    this.exceptions.push(exception);
  }
}

class RecordingTracer implements Tracer {
  constructor(private readonly spans: RecordedSpan[]) {}

  startSpan(name: string, options: SpanOptions = {}, parent: Context = context.active()): Span {
    const parentContext = options.root === true ? undefined : trace.getSpanContext(parent);
    const traceId = parentContext?.traceId ?? randomBytes(16).toString('hex');
    const span = new RecordedSpan(
      name,
      options.kind,
      parentContext?.spanId,
      traceId,
      options.attributes,
    );
    this.spans.push(span);
    return span;
  }

  startActiveSpan<F extends (span: Span) => unknown>(
    name: string,
    ...rest: unknown[]
  ): ReturnType<F> {
    const run = rest.at(-1) as F;
    const options = (rest.length > 1 ? rest[0] : {}) as SpanOptions;
    const parent = (rest.length > 2 ? rest[1] : context.active()) as Context;
    const span = this.startSpan(name, options, parent);
    return context.with(trace.setSpan(parent, span), () => run(span)) as ReturnType<F>;
  }
}

class AsyncLocalContextManager implements ContextManager {
  readonly #storage = new AsyncLocalStorage<Context>();

  active(): Context {
    return this.#storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    active: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.#storage.run(active, () => fn.apply(thisArg, args));
  }
  bind<T>(_context: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.#storage.disable();
    return this;
  }
}

export interface SpanRecording {
  /** every span started since `recordSpans()`, in start order */
  readonly spans: readonly RecordedSpan[];
  named(name: string): RecordedSpan;
  stop(): void;
}

export type { RecordedSpan };

export function recordSpans(): SpanRecording {
  const spans: RecordedSpan[] = [];
  const tracer = new RecordingTracer(spans);
  context.setGlobalContextManager(new AsyncLocalContextManager());
  trace.setGlobalTracerProvider({ getTracer: () => tracer });
  return {
    spans,
    named: (name) => {
      const span = spans.find((s) => s.name === name);
      if (span === undefined)
        throw new Error(`no span ${name} among ${spans.map((s) => s.name).join(', ')}`);
      return span;
    },
    stop: () => {
      trace.disable();
      context.disable();
    },
  };
}
