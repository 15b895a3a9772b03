import { InvariantViolation } from './errors.js';

/**
 * The body of a request as a plain object with only the fields it may have: an unknown field is
 * an error, not something to ignore (it is usually a typo). `required` must all be present.
 */
export function plainObject(
  value: unknown,
  allowed: readonly string[],
  required: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvariantViolation('body', 'must be a JSON object');
  const body = value as Record<string, unknown>;
  const unknown = Object.keys(body).find((key) => !allowed.includes(key));
  if (unknown !== undefined)
    throw new InvariantViolation(unknown, `is not a field here (expected: ${allowed.join(', ')})`);
  const missing = required.find((key) => body[key] === undefined);
  if (missing !== undefined) throw new InvariantViolation(missing, 'is required');
  return body;
}
