/** Checks a field's modifiers against its type and each other, and returns them as `FieldModifiers`. */
import { defaultValue } from './default-value.js';
import { MODIFIER_LIST, MODIFIERS, type ModifierName, type RawModifier } from './field-spec.js';
import type { TypeExpression } from './field-type.js';
import { fail, type Site } from './site.js';
import { closest } from './suggest.js';
import type { FieldModifiers } from './types.js';

const NUMERIC = ['int', 'decimal', 'money'];
const TEXTUAL = ['string', 'text'];

/** The types each modifier applies to (`*` for every scalar; references and value objects by kind). */
const APPLIES_TO: Record<Exclude<ModifierName, 'optional'>, { types: string[]; describe: string }> = {
  unique: { types: ['*', 'reference'], describe: 'scalar and reference fields other than json' },
  indexed: { types: ['*', 'reference'], describe: 'scalar and reference fields other than json' },
  default: { types: ['*'], describe: 'scalar fields other than json (set json values when the aggregate is created)' },
  min: { types: [...NUMERIC, ...TEXTUAL], describe: 'numbers (int, decimal, money) and strings (string, text)' },
  max: { types: [...NUMERIC, ...TEXTUAL], describe: 'numbers (int, decimal, money) and strings (string, text)' },
  length: { types: TEXTUAL, describe: 'string and text fields' },
  pattern: { types: TEXTUAL, describe: 'string and text fields' },
};

export function checkModifiers(type: TypeExpression, raw: RawModifier[], fieldSite: Site): FieldModifiers {
  const given = new Map<ModifierName, RawModifier>();
  for (const modifier of raw) {
    const key = known(modifier);
    if (given.has(key)) fail(modifier.site, `modifier "${key}" is given twice — keep one`);
    if (key !== 'optional') checkApplies(key, type, modifier);
    given.set(key, modifier);
  }
  const modifiers: FieldModifiers = {
    optional: flag(given.get('optional')),
    unique: flag(given.get('unique')),
    indexed: flag(given.get('indexed')) || flag(given.get('unique')) || type.kind === 'reference',
  };
  Object.assign(modifiers, checkBounds(type, given, fieldSite));
  const pattern = given.get('pattern');
  if (pattern) modifiers.pattern = checkPattern(pattern);
  const fallback = given.get('default');
  if (fallback && type.kind === 'scalar') {
    modifiers.default = defaultValue(type.type, type.values, fallback);
    checkDefaultFits(modifiers, fallback.site);
  }
  return modifiers;
}

function known(modifier: RawModifier): ModifierName {
  const key = modifier.key;
  if ((MODIFIERS as readonly string[]).includes(key)) return key as ModifierName;
  const near = closest(key, MODIFIERS);
  fail(modifier.site, `unknown modifier "${key}" — ${near ? `did you mean "${near}"?` : `use ${MODIFIER_LIST}`}`);
}

function checkApplies(key: Exclude<ModifierName, 'optional'>, type: TypeExpression, modifier: RawModifier): void {
  const rule = APPLIES_TO[key];
  const typeName = type.kind === 'scalar' ? type.type : type.kind === 'reference' ? 'reference' : 'value object';
  const everyScalar = type.kind === 'scalar' && type.type !== 'json' && rule.types.includes('*');
  if (everyScalar || rule.types.includes(typeName)) return;
  fail(
    modifier.site,
    `modifier "${key}" does not apply to a ${typeName} field — it applies to ${rule.describe}; remove it`,
  );
}

function flag(modifier: RawModifier | undefined): boolean {
  if (!modifier) return false;
  const value = modifier.value;
  if (value === undefined || value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return fail(
    modifier.site,
    `modifier "${modifier.key}" is true or false, not "${String(value)}" — write ${modifier.key} alone or ${modifier.key}: true`,
  );
}

/** `min`, `max` and `length`: numbers for numeric types, lengths (whole, not negative) for strings. */
function checkBounds(type: TypeExpression, given: Map<ModifierName, RawModifier>, fieldSite: Site): FieldModifiers {
  const textual = type.kind === 'scalar' && TEXTUAL.includes(type.type);
  const integer = type.kind === 'scalar' && type.type === 'int';
  const bounds: Pick<FieldModifiers, 'min' | 'max' | 'length'> = {};
  for (const key of ['min', 'max', 'length'] as const) {
    const modifier = given.get(key);
    if (modifier)
      bounds[key] = bound(modifier, textual || key === 'length' ? 'length' : integer ? 'integer' : 'number');
  }
  const length = given.get('length');
  if (length && given.has('max')) fail(length.site, 'length and max both set the longest length — keep one of them');
  if (bounds.length !== undefined) bounds.max = bounds.length;
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    const site = given.get('min')?.site ?? fieldSite;
    fail(site, `min ${bounds.min} is greater than max ${bounds.max} — swap them or fix one`);
  }
  return bounds as FieldModifiers;
}

function bound(modifier: RawModifier, measures: 'length' | 'integer' | 'number'): number {
  const { key, value, site } = modifier;
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(number)) fail(site, `modifier "${key}" needs a number — write ${key}=10`);
  if (measures !== 'number' && !Number.isInteger(number))
    fail(site, `modifier "${key}" needs a whole number here, not ${number}`);
  if (measures === 'length' && number < 0)
    fail(site, `modifier "${key}" is a length here, so it cannot be negative — write ${key}=0 or more`);
  return number;
}

function checkPattern(modifier: RawModifier): string {
  const source = typeof modifier.value === 'string' ? modifier.value : '';
  if (source === '') fail(modifier.site, 'modifier "pattern" needs a regular expression — write pattern=^[a-z]+$');
  try {
    new RegExp(source, 'u');
  } catch (error) {
    const reason = (error as Error).message.split(': ').at(-1);
    fail(modifier.site, `pattern "${source}" is not a valid regular expression (${reason}) — fix the pattern`);
  }
  return source;
}

function checkDefaultFits(modifiers: FieldModifiers, site: Site): void {
  const value = modifiers.default;
  const measured = typeof value === 'number' ? value : typeof value === 'string' ? value.length : undefined;
  const what = typeof value === 'number' ? 'value' : 'length';
  if (measured === undefined) return;
  if (modifiers.min !== undefined && measured < modifiers.min)
    fail(site, `default "${value}" is below min ${modifiers.min} (${what}) — change one of them`);
  if (modifiers.max !== undefined && measured > modifiers.max)
    fail(site, `default "${value}" is above max ${modifiers.max} (${what}) — change one of them`);
  if (modifiers.pattern !== undefined && typeof value === 'string' && !new RegExp(modifiers.pattern, 'u').test(value)) {
    fail(site, `default "${value}" does not match pattern ${modifiers.pattern} — change one of them`);
  }
}
