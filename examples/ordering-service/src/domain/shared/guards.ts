/**
 * Invariant checks shared by every aggregate and value object. Each returns the value it
 * accepted (possibly normalised) or throws an InvariantViolation naming the field.
 */
import { InvariantViolation } from './errors.js';

export interface TextRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export interface RangeRules {
  min?: number;
  max?: number;
}

export function text(field: string, value: string, rules: TextRules = {}): string {
  if (rules.min !== undefined && value.length < rules.min)
    throw new InvariantViolation(field, `must be at least ${rules.min} characters long`);
  if (rules.max !== undefined && value.length > rules.max)
    throw new InvariantViolation(field, `must be at most ${rules.max} characters long`);
  if (rules.pattern !== undefined && !rules.pattern.test(value))
    throw new InvariantViolation(field, `must match ${rules.pattern.source}`);
  return value;
}

function inRange(field: string, value: number, rules: RangeRules): void {
  if (rules.min !== undefined && value < rules.min)
    throw new InvariantViolation(field, `must be at least ${rules.min}`);
  if (rules.max !== undefined && value > rules.max)
    throw new InvariantViolation(field, `must be at most ${rules.max}`);
}

export function integer(field: string, value: number, rules: RangeRules = {}): number {
  if (!Number.isSafeInteger(value)) throw new InvariantViolation(field, 'must be an integer');
  inRange(field, value, rules);
  return value;
}

const DECIMAL = /^-?\d+(\.\d+)?$/u;

/** Decimals stay strings so that no digit is lost to binary floating point. */
export function decimal(field: string, value: string, rules: RangeRules = {}): string {
  if (!DECIMAL.test(value))
    throw new InvariantViolation(field, 'must be a decimal number such as 12.50');
  inRange(field, Number(value), rules);
  return value;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** A calendar date without a time zone, `YYYY-MM-DD`. */
export function calendarDate(field: string, value: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (
    !CALENDAR_DATE.test(value) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== value
  )
    throw new InvariantViolation(field, 'must be a date such as 2024-05-17');
  return value;
}

export function dateTime(field: string, value: string | Date): Date {
  const parsed = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw new InvariantViolation(field, 'must be an ISO 8601 date-time');
  return parsed;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

export function uuid(field: string, value: string): string {
  if (!UUID.test(value)) throw new InvariantViolation(field, 'must be a UUID');
  return value.toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export function email(field: string, value: string, rules: TextRules = {}): string {
  if (!EMAIL.test(value)) throw new InvariantViolation(field, 'must be an email address');
  return text(field, value, rules);
}

export function url(field: string, value: string, rules: TextRules = {}): string {
  if (!URL.canParse(value)) throw new InvariantViolation(field, 'must be an absolute URL');
  return text(field, value, rules);
}

export function oneOf<const TValues extends readonly string[]>(
  field: string,
  value: string,
  values: TValues,
): TValues[number] {
  if (!values.includes(value))
    throw new InvariantViolation(field, `must be one of ${values.join(', ')}`);
  return value;
}
