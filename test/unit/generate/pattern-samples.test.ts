/**
 * Test data for a string field with a pattern: drawn from the pattern when no fixed shape fits,
 * valid for the field's rules, the same on every run, and different between calls for a unique
 * field (the Object Mother picks by its sequence number).
 */
import { describe, expect, it } from 'vitest';
import { textSample } from '../../../src/generate/fields.js';
import { patternSamples } from '../../../src/generate/pattern-samples.js';
import { withoutPropertyClasses } from '../../../src/generate/property-classes.js';
import { field, scalar } from '../../support/sample-context.js';

/** The values a sample expression takes for n = 1…count (it is TypeScript source over `n`). */
function values(expression: string, count: number): string[] {
  const evaluate = new Function('n', `return ${expression};`) as (n: number) => string;
  return Array.from({ length: count }, (_, i) => evaluate(i + 1));
}

describe('patternSamples', () => {
  it.each([
    ['^[A-Z]{3}-[0-9]{2}$'],
    ['^\\+?[0-9 ()-]{6,20}$'],
    ['^#[0-9a-f]{6}$'],
    ['^(?:draft|live)-\\d+$'],
    ['^[a-z]+(?:_[a-z]+)*$'],
    // Unicode property classes, which randexp reads only through withoutPropertyClasses
    ['^\\p{Lu}\\p{Ll}{2,10}$'],
    ['^[\\p{L}\\p{N} ]{3,20}$'],
    ['^\\p{Script=Greek}+$'],
    ['^\\p{sc=Cyrl}{2,}-\\p{gc=Nd}{3}$'],
    ['^\\P{N}{4}$'],
    ['^\\p{Letter}[\\p{Letter}\\p{Pd}\\p{Zs}]*$'],
  ])('draws distinct strings matching %s, the same each time', (pattern) => {
    const fits = (value: string) => new RegExp(pattern, 'u').test(value);
    const drawn = patternSamples(pattern, fits, 8);
    expect(drawn.length).toBe(8);
    expect(new Set(drawn).size).toBe(drawn.length);
    for (const value of drawn) expect(fits(value), value).toBe(true);
    expect(patternSamples(pattern, fits, 8)).toEqual(drawn);
  });

  it('gives nothing for a property class it has no characters for, so the caller falls back', () => {
    expect(patternSamples('^\\p{Emoji}+$', () => true, 3)).toEqual([]);
  });

  it('keeps only what the length bounds allow', () => {
    const drawn = patternSamples('^[a-z]+$', (value) => /^[a-z]+$/.test(value) && value.length <= 3, 5);
    expect(drawn.length).toBeGreaterThan(0);
    for (const value of drawn) expect(value.length).toBeLessThanOrEqual(3);
  });

  it('gives nothing for a pattern it cannot read, so the caller falls back', () => {
    expect(patternSamples('^[', () => true, 3)).toEqual([]);
  });
});

describe('textSample with a pattern no fixed shape matches', () => {
  const pattern = '^[A-Z]{3}-[0-9]{2}$';

  it('gives a unique field values that match and differ from call to call', () => {
    const sample = textSample(field('code', scalar('string'), { unique: true, pattern }), 'n');
    const drawn = values(sample, 6);
    for (const value of drawn) expect(value).toMatch(new RegExp(pattern, 'u'));
    expect(new Set(drawn).size).toBe(6);
  });

  it('gives a field that need not be unique one matching value', () => {
    const sample = textSample(field('code', scalar('string'), { pattern }), 'n');
    expect(values(sample, 2)).toEqual([values(sample, 1)[0], values(sample, 1)[0]]);
    expect(values(sample, 1)[0]).toMatch(new RegExp(pattern, 'u'));
  });

  it('gives a single value for a fixed index (value objects, foreign slices)', () => {
    const sample = textSample(field('code', scalar('string'), { unique: true, pattern }), '1');
    expect(sample).toMatch(/^'[A-Z]{3}-[0-9]{2}'$/);
  });

  it('still prefers a fixed shape that varies with n when one matches', () => {
    expect(textSample(field('sku', scalar('string'), { unique: true, pattern: '^[A-Z0-9-]{3,32}$' }), 'n')).toBe('`SAMPLE-${n}`');
  });
});

describe('withoutPropertyClasses', () => {
  it.each([
    ['^\\p{Lu}+$', '^[A-Z]+$'],
    ['^[\\p{Ll}\\d_]+$', '^[a-z\\d_]+$'],
    ['^\\P{Nd}$', '^[^0-9]$'],
    ['^\\p{General_Category=Decimal_Number}$', '^[0-9]$'],
    ['^\\\\p{L}$', '^\\\\p{L}$'],
    ['^[a-z]+$', '^[a-z]+$'],
  ])('reads %s as %s', (pattern, readable) => {
    expect(withoutPropertyClasses(pattern)).toEqual({ source: readable, wide: [] });
  });

  it('names the letters beyond ASCII it put in', () => {
    expect(withoutPropertyClasses('^\\p{sc=Greek}$')).toEqual({ source: '^[α-ω]$', wide: [[0x3b1, 0x3c9]] });
  });

  it.each([['^\\p{Emoji}$'], ['^[\\P{L}]+$']])('gives up on %s', (pattern) => {
    expect(withoutPropertyClasses(pattern)).toBeUndefined();
  });
});
