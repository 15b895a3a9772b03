/**
 * Checks that turn an untrusted value into a domain value or throw InvariantViolation. They take
 * `unknown`, so the same checks guard the HTTP input and the domain.
 */
import { InvariantViolation } from './errors.js';

export interface TextRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
  format?: 'email' | 'url' | 'uuid';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/u;
const CURRENCY = /^[A-Z]{3}$/u;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** An amount of a currency; the amount is a decimal string, so no cent is lost to floating point. */
export interface Money {
  amount: string;
  currency: string;
}

export function text(field: string, value: unknown, rules: TextRules = {}): string {
  if (typeof value !== 'string') throw new InvariantViolation(field, 'must be a string');
  if (rules.min !== undefined && value.length < rules.min)
    throw new InvariantViolation(field, `must be at least ${rules.min} characters`);
  if (rules.max !== undefined && value.length > rules.max)
    throw new InvariantViolation(field, `must be at most ${rules.max} characters`);
  if (rules.pattern && !rules.pattern.test(value))
    throw new InvariantViolation(field, `must match ${rules.pattern.source}`);
  if (rules.format === 'email' && !EMAIL.test(value))
    throw new InvariantViolation(field, 'must be an email address');
  if (rules.format === 'uuid' && !UUID.test(value))
    throw new InvariantViolation(field, 'must be a UUID');
  if (rules.format === 'url' && !isUrl(value)) throw new InvariantViolation(field, 'must be a URL');
  return value;
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function integer(
  field: string,
  value: unknown,
  rules: { min?: number; max?: number } = {},
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new InvariantViolation(field, 'must be an integer');
  if (rules.min !== undefined && value < rules.min)
    throw new InvariantViolation(field, `must be at least ${rules.min}`);
  if (rules.max !== undefined && value > rules.max)
    throw new InvariantViolation(field, `must be at most ${rules.max}`);
  return value;
}

export function decimal(
  field: string,
  value: unknown,
  rules: { min?: number; max?: number } = {},
): string {
  if (typeof value !== 'string' || !DECIMAL.test(value))
    throw new InvariantViolation(field, 'must be a decimal number as a string, e.g. "12.50"');
  if (rules.min !== undefined && Number(value) < rules.min)
    throw new InvariantViolation(field, `must be at least ${rules.min}`);
  if (rules.max !== undefined && Number(value) > rules.max)
    throw new InvariantViolation(field, `must be at most ${rules.max}`);
  return value;
}

export function money(field: string, value: unknown): Money {
  if (typeof value !== 'object' || value === null)
    throw new InvariantViolation(field, 'must be { amount, currency }');
  const { amount, currency, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0)
    throw new InvariantViolation(field, 'must be { amount, currency } only');
  if (typeof currency !== 'string' || !CURRENCY.test(currency))
    throw new InvariantViolation(field, 'currency must be an ISO 4217 code, e.g. "EUR"');
  return { amount: decimal(`${field}.amount`, amount), currency };
}

export function bool(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvariantViolation(field, 'must be true or false');
  return value;
}

/** A calendar date, `YYYY-MM-DD`. */
export function calendarDate(field: string, value: unknown): string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const day = match ? new Date(`${value as string}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw new InvariantViolation(field, 'must be a calendar date, YYYY-MM-DD');
  return value as string;
}

/** A point in time, ISO 8601 with a time zone. */
export function timestamp(field: string, value: unknown): string {
  if (
    typeof value !== 'string' ||
    !/(Z|[+-]\d{2}:\d{2})$/u.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw new InvariantViolation(field, 'must be an ISO 8601 date-time with a time zone');
  return new Date(value).toISOString();
}

export function oneOf<const Values extends readonly string[]>(
  field: string,
  value: unknown,
  values: Values,
): Values[number] {
  if (typeof value !== 'string' || !values.includes(value))
    throw new InvariantViolation(field, `must be one of ${values.join(', ')}`);
  return value as Values[number];
}

/** Any JSON value. */
export function json(field: string, value: unknown): unknown {
  if (value === undefined) throw new InvariantViolation(field, 'must be a JSON value');
  return value;
}

/** `undefined` (and `null`, which clears it) for an absent optional value; otherwise the guard's result. */
export function optional<T>(value: unknown, guard: (value: unknown) => T): T | undefined {
  return value === undefined || value === null ? undefined : guard(value);
}
