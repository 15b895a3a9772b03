/**
 * Fastify gives every request a child of the logger bound to its id (`reqId`). Making a pino
 * child costs more than answering a read from the cache, and at the usual production level
 * (`warn`) most requests never log. `requestLoggerFactory` hands each request a stand-in that
 * makes the child the first time the request logs at an enabled level: what is logged still
 * carries the request id, and nothing is built for requests that log nothing.
 */
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { Bindings, ChildLoggerOptions } from 'pino';

type ChildLoggerFactory = NonNullable<FastifyServerOptions['childLoggerFactory']>;
type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type LogArguments = [unknown, string?, ...unknown[]];

/** A logger that can tell whether a level is on (pino's loggers can). */
interface LevelAwareLogger extends FastifyBaseLogger {
  isLevelEnabled(level: string): boolean;
}

function isLevelAware(logger: FastifyBaseLogger): logger is LevelAwareLogger {
  return typeof (logger as Partial<LevelAwareLogger>).isLevelEnabled === 'function';
}

class RequestLogger implements FastifyBaseLogger {
  readonly #parent: LevelAwareLogger;
  readonly #bindings: Bindings;
  readonly #options: ChildLoggerOptions;
  #child: LevelAwareLogger | undefined;

  constructor(parent: LevelAwareLogger, bindings: Bindings, options: ChildLoggerOptions) {
    this.#parent = parent;
    this.#bindings = bindings;
    this.#options = options;
  }

  get level(): string {
    return (this.#child ?? this.#parent).level;
  }

  set level(level: string) {
    this.#logger().level = level;
  }

  fatal(...args: LogArguments): void {
    this.#log('fatal', args);
  }

  error(...args: LogArguments): void {
    this.#log('error', args);
  }

  warn(...args: LogArguments): void {
    this.#log('warn', args);
  }

  info(...args: LogArguments): void {
    this.#log('info', args);
  }

  debug(...args: LogArguments): void {
    this.#log('debug', args);
  }

  trace(...args: LogArguments): void {
    this.#log('trace', args);
  }

  silent(): void {}

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#logger().child(bindings, options);
  }

  #log(level: Level, args: LogArguments): void {
    const logger = this.#child ?? this.#parent;
    if (!logger.isLevelEnabled(level)) return;
    const child = this.#logger();
    Reflect.apply(child[level], child, args);
  }

  #logger(): LevelAwareLogger {
    // a child of a level-aware (pino) logger is one too
    this.#child ??= this.#parent.child(this.#bindings, this.#options) as LevelAwareLogger;
    return this.#child;
  }
}

/** Fastify's `childLoggerFactory`: a request logger that makes its pino child when first used. */
export const requestLoggerFactory: ChildLoggerFactory = (logger, bindings, options) =>
  isLevelAware(logger) && options.level === undefined && options.serializers === undefined
    ? new RequestLogger(logger, bindings, options)
    : logger.child(bindings, options);
