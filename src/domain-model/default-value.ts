/** Checks a field's `default` against its type and turns it into the value the generator writes. */
import type { RawModifier } from './field-spec.js';
import { fail } from './site.js';
import type { ScalarType } from './types.js';

type DefaultValue = string | number | boolean;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function defaultValue(type: ScalarType, values: string[] | undefined, modifier: RawModifier): DefaultValue {
  const raw = modifier.value;
  const text = String(raw);
  const wrong = (expected: string): never => fail(modifier.site, `default "${text}" is not ${expected}`);
  switch (type) {
    case 'int':
      if (typeof raw === 'number' ? !Number.isInteger(raw) : !INTEGER.test(text))
        wrong('an integer — write a whole number, e.g. default=0');
      return Number(text);
    case 'decimal':
    case 'money':
      if (typeof raw === 'number' ? !Number.isFinite(raw) : !NUMBER.test(text))
        wrong('a number — write e.g. default=0 or default=9.99');
      return Number(text);
    case 'boolean':
      if (text !== 'true' && text !== 'false') wrong('a boolean — write default=true or default=false');
      return text === 'true';
    case 'enum':
      if (!values?.includes(text)) wrong(`one of the enum values — use one of ${values?.join(', ')}`);
      return text;
    case 'date':
      if (!DATE.test(text) || Number.isNaN(Date.parse(text)))
        wrong('a date — write YYYY-MM-DD, e.g. default=2025-01-31');
      return text;
    case 'datetime':
      if (!DATE_TIME.test(text) || Number.isNaN(Date.parse(text)))
        wrong('a date-time — write ISO 8601 with a zone, e.g. 2025-01-31T09:00:00Z');
      return text;
    case 'uuid':
      if (!UUID.test(text)) wrong('a UUID — write e.g. 123e4567-e89b-12d3-a456-426614174000');
      return text;
    case 'email':
      if (!EMAIL.test(text)) wrong('an email address — write e.g. default=someone@example.com');
      return text;
    case 'url':
      if (!URL.canParse(text)) wrong('a URL — write an absolute URL, e.g. https://example.com');
      return text;
    default:
      return text;
  }
}
