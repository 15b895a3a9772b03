import { SpanStatusCode } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../src/application/message-bus.js';
import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import { withCommandSpans } from '../../../src/infrastructure/observability/traced-command-handlers.js';
import { recordSpans, type SpanRecording } from '../../support/observability/recorded-spans.js';

describe('withCommandSpans', () => {
  let recording: SpanRecording;
  beforeEach(() => {
    recording = recordSpans();
  });
  afterEach(() => recording.stop());

  const command: Command = { type: 'Ship' };
  const uow = {} as UnitOfWork;

  it('handles each command inside a span named after it', async () => {
    const handled: string[] = [];
    const handlers = withCommandSpans({
      Ship: (c) => Promise.resolve(void handled.push(c.type)),
    });
    await handlers.Ship?.(command, uow);
    expect(handled).toEqual(['Ship']);
    const span = recording.named('command Ship');
    expect(span.ended).toBe(true);
    expect(span.attributes['command.type']).toBe('Ship');
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks the span failed and passes the error on', async () => {
    const handlers = withCommandSpans({ Ship: () => Promise.reject(new Error('no stock')) });
    await expect(handlers.Ship?.(command, uow)).rejects.toThrow('no stock');
    const span = recording.named('command Ship');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.exceptions).toHaveLength(1);
    expect(span.ended).toBe(true);
  });
});
