import Fastify from 'fastify';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { requestLoggerFactory } from '../../src/interfaces/http/request-logger.js';

/** An app whose logs land in `lines`, one object per line. */
function appLoggingAt(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as never) };
  const logger = pino({ level }, destination);
  const app = Fastify({
    loggerInstance: logger,
    childLoggerFactory: requestLoggerFactory,
    requestIdHeader: 'x-request-id',
  });
  return { app, lines, logger };
}

describe('requestLoggerFactory', () => {
  it('makes no child logger for a request that logs nothing at an enabled level', async () => {
    const { app, lines, logger } = appLoggingAt('warn');
    const child = vi.spyOn(logger, 'child');
    app.get('/', (request) => {
      request.log.info('below the level');
      return {};
    });
    await app.inject({ url: '/' });
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it('writes what a request logs at an enabled level, with the request id', async () => {
    const { app, lines } = appLoggingAt('warn');
    app.get('/', (request) => {
      request.log.info('below the level');
      request.log.warn({ n: 1 }, 'at the level');
      return {};
    });
    await app.inject({ url: '/', headers: { 'x-request-id': 'req-42' } });
    expect(lines).toEqual([
      expect.objectContaining({ reqId: 'req-42', n: 1, msg: 'at the level' }),
    ]);
  });

  it("keeps Fastify's request lines at level info", async () => {
    const { app, lines } = appLoggingAt('info');
    app.get('/', () => ({}));
    await app.inject({ url: '/', headers: { 'x-request-id': 'req-7' } });
    expect(lines.map((line) => [line.msg, line.reqId])).toEqual([
      ['incoming request', 'req-7'],
      ['request completed', 'req-7'],
    ]);
  });

  it("follows a level set on the request's logger", async () => {
    const { app, lines } = appLoggingAt('warn');
    app.get('/', (request) => {
      request.log.level = 'debug';
      request.log.debug('now written');
      return {};
    });
    await app.inject({ url: '/' });
    // the rest of the request logs at the new level, Fastify's own line included
    expect(lines.map((line) => line.msg)).toEqual(['now written', 'request completed']);
    expect(lines[0]?.reqId).toEqual(expect.any(String));
  });
});
