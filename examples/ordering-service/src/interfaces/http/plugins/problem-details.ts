/**
 * Every error leaves as `application/problem+json` (RFC 9457), with a status that says what
 * went wrong and never a stack trace.
 */
import type { FastifyInstance } from 'fastify';
import {
  ConcurrencyError,
  ConflictError,
  InvalidCursorError,
  NotFoundError,
  PreconditionFailedError,
} from '../../../application/errors.js';
import { DomainError, TransitionNotAllowed } from '../../../domain/shared/errors.js';
import { PreconditionRequiredError } from '../etag.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
};

function problem(
  status: number,
  detail: string | undefined,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function hasValidation(
  error: unknown,
): error is Error & { validation: ValidationIssue[]; validationContext?: string } {
  return error instanceof Error && 'validation' in error && Array.isArray(error.validation);
}

export function toProblem(error: unknown): Problem {
  if (hasValidation(error)) {
    const errors = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath}`,
      message:
        typeof issue.params?.additionalProperty === 'string'
          ? `unknown property ${issue.params.additionalProperty}`
          : (issue.message ?? 'is invalid'),
    }));
    return problem(400, 'the request does not match the schema', { errors });
  }
  if (error instanceof NotFoundError) return problem(404, error.message);
  if (error instanceof PreconditionRequiredError) return problem(428, error.message);
  if (error instanceof PreconditionFailedError) return problem(412, error.message);
  if (error instanceof ConcurrencyError || error instanceof ConflictError)
    return problem(409, error.message);
  if (error instanceof InvalidCursorError) return problem(400, error.message);
  if (error instanceof TransitionNotAllowed)
    return problem(409, error.message, { code: error.code });
  if (error instanceof DomainError) return problem(422, error.message, { code: error.code });
  if (
    error instanceof Error &&
    'statusCode' in error &&
    typeof error.statusCode === 'number' &&
    error.statusCode < 500
  )
    return problem(error.statusCode, error.message);
  return problem(500, 'an unexpected error occurred; the logs have the details');
}

export function useProblemDetails(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply
      .code(body.status)
      .type('application/problem+json')
      .send({ ...body, instance: request.url });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .type('application/problem+json')
      .send({
        ...problem(404, `no route for ${request.method} ${request.url}`),
        instance: request.url,
      }),
  );
}
