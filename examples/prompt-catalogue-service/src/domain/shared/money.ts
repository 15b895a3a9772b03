import { InvariantViolation } from './errors.js';

/** Money as it travels in JSON: the amount as a decimal string, never a float. */
export interface MoneyPlain {
  amount: string;
  currency: string;
}

/** Minor-unit exponents that differ from 2 (ISO 4217). */
const EXPONENTS: Readonly<Record<string, number>> = {
  BHD: 3,
  CLP: 0,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  OMR: 3,
  TND: 3,
  VND: 0,
};

const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?$/u;
const CURRENCY = /^[A-Z]{3}$/u;

function exponentOf(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

/** An amount in one currency, held as an integer number of minor units (cents). */
export class Money {
  private constructor(
    readonly minor: number,
    readonly currency: string,
  ) {}

  static from(field: string, plain: MoneyPlain, rules: { min?: number; max?: number } = {}): Money {
    if (!CURRENCY.test(plain.currency))
      throw new InvariantViolation(`${field}.currency`, 'must be an ISO 4217 code such as EUR');
    const match = AMOUNT.exec(plain.amount);
    if (match === null)
      throw new InvariantViolation(`${field}.amount`, 'must be a decimal number such as 12.34');
    const exponent = exponentOf(plain.currency);
    const fraction = match[3] ?? '';
    if (fraction.length > exponent)
      throw new InvariantViolation(
        `${field}.amount`,
        `has at most ${exponent} decimals in ${plain.currency}`,
      );
    const units = Number(`${match[2] ?? '0'}${fraction.padEnd(exponent, '0')}`);
    if (!Number.isSafeInteger(units))
      throw new InvariantViolation(`${field}.amount`, 'is too large');
    const amount = Number(plain.amount);
    if (rules.min !== undefined && amount < rules.min)
      throw new InvariantViolation(`${field}.amount`, `must be at least ${rules.min}`);
    if (rules.max !== undefined && amount > rules.max)
      throw new InvariantViolation(`${field}.amount`, `must be at most ${rules.max}`);
    return new Money(match[1] === '-' && units !== 0 ? -units : units, plain.currency);
  }

  static fromMinor(minor: number, currency: string): Money {
    return new Money(minor, currency);
  }

  get amount(): string {
    const exponent = exponentOf(this.currency);
    const digits = Math.abs(this.minor)
      .toString()
      .padStart(exponent + 1, '0');
    const whole = digits.slice(0, digits.length - exponent);
    const sign = this.minor < 0 ? '-' : '';
    return exponent === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(-exponent)}`;
  }

  add(other: Money): Money {
    if (other.currency !== this.currency)
      throw new InvariantViolation('currency', `cannot add ${other.currency} to ${this.currency}`);
    return new Money(this.minor + other.minor, this.currency);
  }

  equals(other: Money): boolean {
    return this.minor === other.minor && this.currency === other.currency;
  }

  toPlain(): MoneyPlain {
    return { amount: this.amount, currency: this.currency };
  }
}
