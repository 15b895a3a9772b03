/** The short form of a field: `type[:modifier…]`, e.g. `enum(draft|sent):default=draft:indexed`. */
import { MODIFIERS, type FieldSpec, type RawModifier } from './field-spec.js';
import { parseTypeExpression } from './field-type.js';
import { fail, type Site } from './site.js';

export function parseShortForm(text: string, site: Site): FieldSpec {
  const [typeText = '', ...modifierTexts] = splitTopLevel(text);
  if (typeText.trim() === '') fail(site, 'the field has no type — write e.g. string or int:min=0');
  const type = parseTypeExpression(typeText, site);
  const modifiers = modifierTexts.map((m) => parseModifier(m, site));
  modifiers.forEach((modifier, i) => {
    const afterPattern = modifiers[i - 1]?.key === 'pattern';
    if (afterPattern && !(MODIFIERS as readonly string[]).includes(modifier.key)) {
      fail(
        site,
        'the pattern contains ":" — quote it (pattern="^a:b$") or use the map form { type: string, pattern: … }',
      );
    }
  });
  return { type, modifiers };
}

function parseModifier(text: string, site: Site): RawModifier {
  const equals = text.indexOf('=');
  if (equals === -1) return { key: text.trim(), value: undefined, fromText: true, site };
  return { key: text.slice(0, equals).trim(), value: unquote(text.slice(equals + 1)), fromText: true, site };
}

/** `"2025-01-31T09:00:00Z"` → `2025-01-31T09:00:00Z`: a quoted value may hold `:`. */
function unquote(value: string): string {
  const quote = value[0];
  return (quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value;
}

/**
 * Splits on `:` outside brackets and outside a value quoted right after `=`, so `enum(a|b)`,
 * `pattern=^(?:a|b)$` and `default="2025-01-31T09:00:00Z"` stay whole.
 */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if ((char === '"' || char === "'") && text[i - 1] === '=') {
      const close = text.indexOf(char, i + 1);
      if (close !== -1) i = close;
    } else if (char === '\\') i++;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === ':' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
