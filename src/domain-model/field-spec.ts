/**
 * A field as declared, before its modifiers are checked against its type. Both spellings
 * (`string:max=200` and `{ type: string, max: 200 }`) and the CLI's `--field` come to this.
 */
import type { Site } from './site.js';
import type { TypeExpression } from './field-type.js';

/** A modifier's value as written; `undefined` for a bare word (`unique`). */
export type RawValue = string | number | boolean | null | undefined;

export interface RawModifier {
  key: string;
  value: RawValue;
  /** true when the value is text to interpret (short form), false when YAML already typed it */
  fromText: boolean;
  site: Site;
}

export interface FieldSpec {
  type: TypeExpression;
  modifiers: RawModifier[];
  description?: string;
}

export const MODIFIERS = ['optional', 'unique', 'indexed', 'default', 'min', 'max', 'length', 'pattern'] as const;
export type ModifierName = (typeof MODIFIERS)[number];

export const MODIFIER_LIST = 'optional, unique, indexed, default=…, min=…, max=…, length=…, pattern=…';
