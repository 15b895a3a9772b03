/**
 * What the HTTP layer answers for the domain's errors (RFC 9457 problem details), and how it
 * reads a version from an ETag / If-Match header. Framework-free: the routes of every slice use it.
 */
import { InvariantViolation, NotFound, VersionMismatch } from './errors.js';

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  detail: string;
}

/** The problem for a known error; undefined for anything else (the framework answers 500). */
export function problemFor(error: unknown): Problem | undefined {
  if (error instanceof InvariantViolation)
    return {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: error.message,
    };
  if (error instanceof NotFound)
    return { type: 'about:blank', title: 'Not Found', status: 404, detail: error.message };
  if (error instanceof VersionMismatch)
    return {
      type: 'about:blank',
      title: 'Precondition Failed',
      status: 412,
      detail: error.message,
    };
  return undefined;
}

export const PRECONDITION_REQUIRED: Problem = {
  type: 'about:blank',
  title: 'Precondition Required',
  status: 428,
  detail: 'send If-Match with the ETag of the version you read',
};

/** `"3"` (or `W/"3"`) → 3; undefined for a missing or foreign header. */
export function versionFromIfMatch(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value === undefined ? null : /^(?:W\/)?"(\d+)"$/u.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

export function etag(version: number): string {
  return `"${version}"`;
}

/** `limit` from a query string: 1–100, 20 when absent. */
export function pageLimit(value: unknown): number {
  const limit = value === undefined ? 20 : Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new InvariantViolation('limit', 'must be an integer from 1 to 100');
  return limit;
}
