import { InvariantViolation } from './errors.js';

/**
 * A request body, or a value object in it, as a plain object with only the fields it may have:
 * an unknown field is an error, not something to ignore (it is usually a typo). `required` must
 * all be present. `field` names it in errors (`settings` → `settings.model`).
 */
export function plainObject(
  value: unknown,
  allowed: readonly string[],
  required: readonly string[] = [],
  field?: string,
): Record<string, unknown> {
  const at = (key: string): string => (field === undefined ? key : `${field}.${key}`);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvariantViolation(field ?? 'body', 'must be a JSON object');
  const body = value as Record<string, unknown>;
  const unknown = Object.keys(body).find((key) => !allowed.includes(key));
  if (unknown !== undefined)
    throw new InvariantViolation(
      at(unknown),
      `is not a field here (expected: ${allowed.join(', ')})`,
    );
  const missing = required.find((key) => body[key] === undefined);
  if (missing !== undefined) throw new InvariantViolation(at(missing), 'is required');
  return body;
}
