import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../src/domain/shared/errors.js';
import { Money } from '../../src/domain/shared/money.js';

describe('Money', () => {
  it('keeps the amount exactly (integer minor units, no float)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (minor) => {
        const money = Money.fromMinor(minor, 'EUR');
        expect(Money.from('price', money.toPlain()).equals(money)).toBe(true);
      }),
    );
  });

  it('knows currencies without or with three decimals', () => {
    expect(Money.from('price', { amount: '1500', currency: 'JPY' }).minor).toBe(1500);
    expect(Money.from('price', { amount: '1.5', currency: 'KWD' }).amount).toBe('1.500');
  });

  it('refuses more decimals than the currency has, and a bad currency code', () => {
    expect(() => Money.from('price', { amount: '1.234', currency: 'EUR' })).toThrow(
      InvariantViolation,
    );
    expect(() => Money.from('price', { amount: '1', currency: 'euro' })).toThrow(
      InvariantViolation,
    );
  });

  it('adds only in one currency', () => {
    const a = Money.from('a', { amount: '0.10', currency: 'EUR' });
    expect(a.add(a).amount).toBe('0.20');
    expect(() => a.add(Money.fromMinor(1, 'USD'))).toThrow(InvariantViolation);
  });
});
